"""collatz_steps as a fori_loop of a fixed 1100 steps in which x stays at 1; smooth as a
reversed scan over the reversed signal; count_above by a binary search in the sorted samples.

All right: no n below 2**32 takes more than 1050 steps (2610744987 takes that many), so 1100
steps always reach 1, and the count grows only while x is not 1; a reversed scan over x[::-1]
meets x[0] first and stacks its levels back to front, so flipping them gives the levels in
order, in the signal's dtype; in int64, where every sample and threshold fits, the samples
above the threshold are those after its right insertion point.
"""

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def collatz_steps(n):
    def body(i, carry):
        x, steps = carry
        done = x == 1
        nxt = lax.cond(x % 2 == 0, lambda x: x // 2, lambda x: 3 * x + 1, x)
        return jnp.where(done, x, nxt), steps + jnp.where(done, 0, 1)

    _, steps = lax.fori_loop(0, 1100, body, (n, jnp.zeros((), jnp.int64)))
    return steps


@jax.jit
def smooth(x):
    decay = jnp.asarray(DECAY, dtype=x.dtype)  # noqa: F821

    def step(level, xi):
        level = decay * level + (1 - decay) * xi
        return level, level

    _, backwards = lax.scan(step, x[0], x[::-1], reverse=True)
    return backwards[::-1]


@jax.jit
def count_above(x, threshold):
    ordered = jnp.sort(x.astype(jnp.int64))
    at_or_below = jnp.searchsorted(ordered, threshold, side="right")
    return (x.shape[0] - at_or_below).astype(jnp.int64)
