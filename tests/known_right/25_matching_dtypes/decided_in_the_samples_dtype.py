"""count_above that compares in the samples' own dtype, deciding the out-of-range thresholds
first; collatz_steps with lax.select and a loop that runs while x > 1; smooth as a fori_loop
writing each level into a buffer with .at[].set.

All right: a threshold below the smallest value counts every sample, one at or above the
largest counts none, and one in between fits the dtype exactly, so the cast is no wrap;
lax.select needs both branches in one dtype, which `//` gives; the fori_loop's carry is the
buffer and the level, both in the signal's dtype (DECAY cast with astype).
"""

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def collatz_steps(n):
    def body(carry):
        x, steps = carry
        return lax.select(x % 2 == 0, x // 2, 3 * x + 1), steps + 1

    _, steps = lax.while_loop(lambda carry: carry[0] > 1, body, (n, 0))
    return steps


@jax.jit
def smooth(x):
    decay = DECAY.astype(x.dtype)  # noqa: F821

    def step(i, carry):
        levels, level = carry
        level = decay * level + (1 - decay) * x[i]
        return levels.at[i].set(level), level

    levels, _ = lax.fori_loop(0, x.shape[0], step, (jnp.zeros_like(x), x[0]))
    return levels


@jax.jit
def count_above(x, threshold):
    info = jnp.iinfo(x.dtype)
    lo, hi = int(info.min), int(info.max)
    inside = jnp.sum(x > jnp.clip(threshold, lo, hi).astype(x.dtype))
    return jnp.where(threshold < lo, x.shape[0], jnp.where(threshold >= hi, 0, inside))
