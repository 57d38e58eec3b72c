"""collatz_steps that strips all the factors of two at once (a population count of the
trailing zeros); smooth carried in at least float32 and rounded once per level; count_above
as a vmap of one comparison per sample, in int64.

All right: x >> t with t trailing zero bits is t halvings, each a step, and what is left is
odd, so the next step is 3x + 1; every value stays an exact int64. A float16 level carried in
float32 (float32 and float64 in their own dtype) is rounded once per emitted level, which the
Rules allow: the float32 carry is closer to the exact recurrence than float16's own
arithmetic. Each sample widened to int64 meets the threshold as an int64, and the sum of
int64 ones is an int64, 0 for no samples.
"""

import jax
import jax.numpy as jnp
from jax import lax


def _trailing_zeros(x):
    return lax.population_count((x & -x) - 1)


@jax.jit
def collatz_steps(n):
    def strip(x, steps):
        zeros = _trailing_zeros(x)
        return x >> zeros, steps + zeros

    def body(carry):
        x, steps = carry
        return strip(3 * x + 1, steps + 1)

    start = strip(n, jnp.zeros((), jnp.int64))
    _, steps = lax.while_loop(lambda carry: carry[0] != 1, body, start)
    return steps


@jax.jit
def smooth(x):
    wide = jnp.promote_types(x.dtype, jnp.float32)
    decay = jnp.asarray(DECAY, dtype=wide)  # noqa: F821

    def step(level, xi):
        level = decay * level + (1 - decay) * xi.astype(wide)
        return level, level.astype(x.dtype)

    _, levels = lax.scan(step, x[0].astype(wide), x)
    return levels


@jax.jit
def count_above(x, threshold):
    above = jax.vmap(lambda s: (s.astype(jnp.int64) > threshold).astype(jnp.int64))(x)
    return jnp.sum(above)
