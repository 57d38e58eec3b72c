"""Kata 25 · Dtypes that must agree: carries, branches, weak types (covers J24, J25, J26, J27).

Reference solution.
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


# --- SOLUTION --------------------------------------------------------------------------------
# A lax loop's carry and a cond's branches must keep one type, and jnp's promotion rules pick
# that type: `/` makes a float of two ints, a NumPy scalar is a full float64 (not a weak Python
# float that adapts), and a Python int takes the dtype of the array it meets, even when its
# value does not fit. So halve with `//`, turn DECAY into the signal's dtype before it meets
# the level, and compare the samples in int64, where every sample and threshold fits.


@jax.jit
def collatz_steps(n):
    """Collatz steps from an int64 n >= 1 down to 1 (halve if even, else 3n + 1), as int64."""

    def step(x):
        return lax.cond(x % 2 == 0, lambda x: x // 2, lambda x: 3 * x + 1, x)

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
    decay = jnp.asarray(DECAY, dtype=x.dtype)

    def step(level, xi):
        level = decay * level + (1 - decay) * xi
        return level, level

    _, levels = lax.scan(step, x[0], x)
    return levels


@jax.jit
def count_above(x, threshold):
    """How many entries of the integer array x are greater than the Python int threshold."""
    return jnp.sum(x.astype(jnp.int64) > threshold)
