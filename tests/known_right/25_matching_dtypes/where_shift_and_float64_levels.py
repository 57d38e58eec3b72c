"""collatz_steps with jnp.where and a right shift, smooth computed in float64 and cast back,
count_above with the threshold made a strong int64 by lax.convert_element_type.

All right: `x >> 1` halves a non-negative int64 exactly, and where picks between two int64s;
levels computed in float64 and rounded once to the signal's dtype are within the Rules'
tolerance (closer than the dtype's own arithmetic); a strong int64 threshold promotes the
samples to int64, where both compare as the numbers they are.
"""

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def collatz_steps(n):
    def body(carry):
        x, steps = carry
        return jnp.where(x % 2 == 0, x >> 1, 3 * x + 1), steps + 1

    _, steps = lax.while_loop(lambda carry: carry[0] != 1, body, (n, jnp.zeros((), jnp.int64)))
    return steps


@jax.jit
def smooth(x):
    def step(level, xi):
        level = DECAY * level + (1 - DECAY) * xi  # noqa: F821
        return level, level

    _, levels = lax.scan(step, x[0].astype(jnp.float64), x)
    return levels.astype(x.dtype)


@jax.jit
def count_above(x, threshold):
    return jnp.sum(x > lax.convert_element_type(threshold, jnp.int64))
