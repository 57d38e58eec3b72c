"""Kata 16 · Precision and casts: 32 bits, jit numerics, unsafe casts (covers J18, J19, J20).

Reference solution.
"""

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


def float64_array():
    """The lecture's request for a float64 array."""
    return jnp.array([1.0], dtype=jnp.float64)


def log_of_exp(x):
    """log(exp(x)), which is x in exact arithmetic."""
    return jnp.log(jnp.exp(x))


def to_uint8(x):
    """Cast to uint8 with astype, as one would in NumPy."""
    return x.astype(jnp.uint8)


# --- SOLUTION --------------------------------------------------------------------------------
# Each function states its numerics instead of inheriting them. cumsum accumulates in the
# dtype it is told. log-sum-exp shifts by the maximum so that every exp is at most 1 (no
# overflow) and the largest is exactly 1 (the log never sees 0): the same answer jitted or
# not. A maximum that is not finite would make x - m NaN (-inf - -inf, inf - inf): there the
# shift is 0, and exp and log give -inf or inf by themselves. Float-to-uint8 goes through
# int64, which holds every whole float64 up to 2**63 and whose cast to uint8 wraps, as
# integer casts do in JAX and NumPy alike.


@jax.jit
def running_total(counts):
    """Running totals of a 1-D array of integer counts (up to 32 bits), as int64 (NumPy's)."""
    return jnp.cumsum(counts, dtype=jnp.int64)


@jax.jit
def log_sum_exp(x):
    """log(sum(exp(x))) of a 1-D float64 array, as np.logaddexp.reduce (-inf entries too)."""
    m = jnp.max(x)
    # all -inf, or an inf somewhere: nothing to shift by
    m = jnp.where(jnp.isfinite(m), m, 0.0)
    return m + jnp.log(jnp.sum(jnp.exp(x - m)))


@jax.jit
def wrap_to_uint8(x):
    """Finite whole numbers stored as float64, modulo 256, as uint8 (NumPy's integer wrap)."""
    return x.astype(jnp.int64).astype(jnp.uint8)
