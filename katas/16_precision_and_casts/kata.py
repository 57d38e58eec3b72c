"""Kata 16 · Precision and casts: 32 bits, jit numerics, unsafe casts (covers J18, J19, J20).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/16_precision_and_casts` passes.
Stuck? `sharpbits hint 16` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# All three are still the naive versions. running_total sums int32 counts in int32, even with
# x64 on, and wraps past 2**31 - 1. log_sum_exp overflows to inf (and underflows to -inf) for
# inputs far from 0, jitted or not. wrap_to_uint8 relies on astype, and JAX's float-to-int
# cast saturates where NumPy's wraps. Say what you want: the dtype to accumulate in, a formula
# that cannot overflow, and the wrap-around done in integers. Keep all three jitted.


@jax.jit
def running_total(counts):
    """Running totals of a 1-D array of integer counts (up to 32 bits), as int64 (NumPy's)."""
    return jnp.cumsum(counts)


@jax.jit
def log_sum_exp(x):
    """log(sum(exp(x))) of a 1-D float64 array, as np.logaddexp.reduce (-inf entries too)."""
    return jnp.log(jnp.sum(jnp.exp(x)))


@jax.jit
def wrap_to_uint8(x):
    """Finite whole numbers stored as float64, modulo 256, as uint8 (NumPy's integer wrap)."""
    return x.astype(jnp.uint8)
