"""Starts the loop from n as a float64, so the carry and both branches are float64 throughout.

Plausible: every type now agrees, the carry stays float64, and the step counts are right for
almost every n (all below a million, and 1999 of 2000 random ones below 2**32). But float64
holds every integer only up to 2**53, and the trajectory of 1410123943 climbs to 7.1e18: from
there 3x + 1 is rounded, the walk goes on from another number, and 633 steps come out instead
of 770.
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

    _, steps = lax.while_loop(lambda carry: carry[0] != 1, body, (n.astype(jnp.float64), 0))
    return steps
