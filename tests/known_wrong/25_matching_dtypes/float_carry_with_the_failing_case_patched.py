"""Keeps the float64 carry and patches the one n it gets wrong, 1410123943, with its 770 steps.

Plausible, for a learner who fits the tests rather than the Rules: the float64 carry is right
for every n below a million and for nearly every random one, and the lesson names the one
trajectory that climbs past 2**53. But it is not the only one: every n on the way up that
climb (4230371830, 2677032175, ...) and every n that joins it goes past 2**53 too, and there
float64 rounds 3x + 1 just the same. Exact integers, not a list of exceptions, make it right.
"""

CAUGHT_BY = ("test_collatz_steps_examples", "test_collatz_steps_matches_python")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def collatz_steps(n):
    def step(x):
        return lax.cond(x % 2 == 0, lambda x: x / 2, lambda x: 3 * x + 1, x)

    def body(carry):
        x, steps = carry
        return step(x), steps + 1

    start = (n.astype(jnp.float64), jnp.zeros((), jnp.int64))
    _, steps = lax.while_loop(lambda carry: carry[0] != 1, body, start)
    return jnp.where(n == 1410123943, jnp.int64(770), steps)
