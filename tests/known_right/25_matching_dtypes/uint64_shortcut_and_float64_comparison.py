"""collatz_steps in uint64 with the shortcut (3x + 1) / 2 counted as two steps; smooth as a
scan over x[1:] that moves the level toward each sample, `level + (1 - decay) * (xi - level)`;
count_above comparing in float64.

All right: every value of a trajectory stays below 2**63, so uint64 holds it exactly, and
3x + 1 of an odd x is even, so halving it at once is the next step; the level update is the
same recurrence in another order of operations, with DECAY made a NumPy scalar of the signal's
dtype (`x.dtype.type`); float64 holds every sample exactly (all below 2**32), and a threshold
beyond 2**53 that float64 rounds stays beyond every sample, so each comparison comes out as
it does for the numbers themselves.
"""

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def collatz_steps(n):
    def body(carry):
        x, steps = carry
        odd = (x & 1) == 1
        x = jnp.where(odd, (3 * x + 1) >> 1, x >> 1)
        return x, steps + jnp.where(odd, 2, 1)

    start = (n.astype(jnp.uint64), jnp.zeros((), jnp.int64))
    _, steps = lax.while_loop(lambda carry: carry[0] != 1, body, start)
    return steps


@jax.jit
def smooth(x):
    decay = x.dtype.type(DECAY)  # noqa: F821

    def step(level, xi):
        level = level + (1 - decay) * (xi - level)
        return level, level

    _, rest = lax.scan(step, x[0], x[1:])
    return jnp.concatenate([x[:1], rest])


@jax.jit
def count_above(x, threshold):
    return jnp.sum(x.astype(jnp.float64) > threshold)
