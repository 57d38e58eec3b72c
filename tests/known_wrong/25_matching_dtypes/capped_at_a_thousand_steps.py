"""Caps the while_loop at 1000 steps, so that a wrong step can never make it run forever.

Plausible: a loop that only stops when x reaches 1 looks like it could hang, and a cap is
cheap insurance; every trajectory the lesson names takes far fewer (27: 111, 837799: 524,
1410123943: 770), and so does nearly every n below 2**32. But some take more: 1674652263
takes 1008 steps and 2610744987, the most below 2**32, takes 1050, and the capped loop stops
short and returns 1000. The Rules promise every n up to 2**32 - 1, so the loop must run to 1.
"""

CAUGHT_BY = ("test_collatz_steps_examples", "test_collatz_steps_matches_python")

import jax  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def collatz_steps(n):
    def step(x):
        return lax.cond(x % 2 == 0, lambda x: x // 2, lambda x: 3 * x + 1, x)

    def body(carry):
        x, steps = carry
        return step(x), steps + 1

    def more(carry):
        x, steps = carry
        return (x != 1) & (steps < 1000)

    _, steps = lax.while_loop(more, body, (n, 0))
    return steps
