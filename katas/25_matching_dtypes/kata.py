"""Kata 25 · Dtypes that must agree: carries, branches, weak types (covers J24, J25, J26, J27).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/25_matching_dtypes` passes.
Stuck? `sharpbits hint 25` gives a hint (ask again for the next).
"""

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------

DECAY = np.exp(-1.0 / 8.0)  # the smoothing factor, made with NumPy: a np.float64 scalar


def add_halves(n):
    """0.5 added n times to an int32 zero, with lax.fori_loop."""
    return lax.fori_loop(0, n, lambda i, x: x + 0.5, jnp.int32(0))


def collatz_step(x):
    """One Collatz step with lax.cond: halve an even x, else 3x + 1."""
    return lax.cond(x % 2 == 0, lambda x: x / 2, lambda x: 3 * x + 1, x)


def add_200(x):
    """x + 200, with a Python int."""
    return x + 200


def scale(x):
    """x * DECAY, with the NumPy scalar."""
    return x * DECAY


# --- YOUR CODE -------------------------------------------------------------------------------
# All three are still broken. collatz_steps halves with `/`, which makes a float, so the two
# branches of lax.cond return different dtypes and cond raises a TypeError. smooth multiplies
# its float32 (or float16) level by DECAY, a NumPy float64 scalar, so the scan's carry comes
# out float64 and scan raises a TypeError. count_above compares int8 (or uint8, ...) samples
# with a Python int, which JAX converts to the samples' dtype: 200 becomes -56 in int8, and the
# count is silently wrong. Make every type agree with what it must equal. Keep all three
# jitted.


@jax.jit
def collatz_steps(n):
    """Collatz steps from an int64 n >= 1 down to 1 (halve if even, else 3n + 1), as int64."""

    def step(x):
        return lax.cond(x % 2 == 0, lambda x: x / 2, lambda x: 3 * x + 1, x)

    def body(carry):
        x, steps = carry
        return step(x), steps + 1

    _, steps = lax.while_loop(lambda carry: carry[0] != 1, body, (n, 0))
    return steps


@jax.jit
def smooth(x):
    """Exponential moving average of a 1-D float signal, in the signal's own dtype.

    level[0] = x[0]; level[i] = DECAY * level[i - 1] + (1 - DECAY) * x[i].
    """

    def step(level, xi):
        level = DECAY * level + (1 - DECAY) * xi
        return level, level

    _, levels = lax.scan(step, x[0], x)
    return levels


@jax.jit
def count_above(x, threshold):
    """How many entries of the integer array x are greater than the Python int threshold."""
    return jnp.sum(x > threshold)
