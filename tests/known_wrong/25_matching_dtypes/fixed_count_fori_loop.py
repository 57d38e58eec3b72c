"""Runs a fori_loop of a fixed 1024 steps, in which x stays at 1 once it gets there.

Plausible: a fori_loop with static bounds is a scan, with no data-dependent stopping rule;
1024 steps is a round power of two, comfortably above the 770 of 1410123943, the 524 of
837799 and nearly every n the learner tries. But the longest trajectory below 2**32, that of
2610744987, takes 1050 steps, and the loop stops before it reaches 1: 1024 comes out.
"""

CAUGHT_BY = ("test_collatz_steps_examples", "test_collatz_steps_matches_python")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def collatz_steps(n):
    def body(i, carry):
        x, steps = carry
        done = x == 1
        nxt = jnp.where(x % 2 == 0, x // 2, 3 * x + 1)
        return jnp.where(done, x, nxt), steps + jnp.where(done, 0, 1)

    _, steps = lax.fori_loop(0, 1024, body, (n, jnp.int64(0)))
    return steps
