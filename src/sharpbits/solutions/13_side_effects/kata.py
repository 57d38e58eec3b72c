"""Kata 13 · Side effects under jax.jit: leaked tracers and trace-time prints (covers J06, J08).

Reference solution.
"""

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------

norms_seen = []  # the lecture logs every norm it computes here


@jax.jit
def normalize_collecting(x):
    """x scaled to unit length; appends the length to the global list norms_seen."""
    norm = jnp.sqrt(jnp.sum(x**2))
    norms_seen.append(norm)  # a side effect: what gets stored is the tracer, not a number
    return x / norm


@jax.jit
def normalize_printing(x):
    """x scaled to unit length; prints the length (or so it seems)."""
    norm = jnp.sqrt(jnp.sum(x**2))
    print("norm:", norm)  # Python's print: runs while jax.jit traces, never after
    return x / norm


# --- SOLUTION --------------------------------------------------------------------------------
# A jitted function talks to the outside world through its return value only: normalize
# returns the norm with the result, and normalize_all, plain Python, collects the numbers the
# compiled calls give back. To print from the running program, jax.debug.print puts the
# print into the compiled code (a debug_print primitive), so it prints the real value on
# every call; a format string with {} placeholders, the values passed after it.


@jax.jit
def normalize(x):
    """x scaled to unit length, and that length: returns (x / norm, norm)."""
    norm = jnp.sqrt(jnp.sum(x**2))
    return x / norm, norm


def normalize_all(rows):
    """Normalizes each row with normalize; returns (list of unit rows, array of their norms)."""
    units, norms = [], []
    for row in rows:
        unit, norm = normalize(row)
        units.append(unit)
        norms.append(norm)
    return units, jnp.stack(norms)


@jax.jit
def normalize_verbose(x):
    """x scaled to unit length; prints "norm: <value>" on every call."""
    norm = jnp.sqrt(jnp.sum(x**2))
    jax.debug.print("norm: {}", norm)
    return x / norm
