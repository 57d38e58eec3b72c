"""Kata 13 · Side effects under jax.jit: leaked tracers and trace-time prints (covers J06, J08).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/13_side_effects` passes.
Stuck? `sharpbits hint 13` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# normalize still appends to a global list inside jax.jit, so normalize_all reads back a
# tracer that has escaped its trace, and normalize_verbose prints with Python's print, which
# runs once, while tracing. Make normalize return the norm instead of storing it, collect the
# norms in normalize_all, and print from the compiled program in normalize_verbose. Keep
# normalize and normalize_verbose jitted.


@jax.jit
def normalize(x):
    """x scaled to unit length, and that length: returns (x / norm, norm)."""
    norm = jnp.sqrt(jnp.sum(x**2))
    norms_seen.append(norm)
    return x / norm


def normalize_all(rows):
    """Normalizes each row with normalize; returns (list of unit rows, array of their norms)."""
    start = len(norms_seen)
    units = [normalize(row) for row in rows]
    return units, jnp.stack(norms_seen[start:])


@jax.jit
def normalize_verbose(x):
    """x scaled to unit length; prints "norm: <value>" on every call."""
    norm = jnp.sqrt(jnp.sum(x**2))
    print("norm:", norm)
    return x / norm
