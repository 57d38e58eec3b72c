"""Keeps `x / 2` and casts the half back to x's integer dtype.

Plausible: the branches agree (int64 and int64), the carry stays int64, and the numbers are
right for almost every n. But `x / 2` goes through float64, which rounds every odd integer
past 2**53: the trajectory of 1410123943 climbs to 7.1e18, and the halves there are not
exact. `//` halves an integer without leaving the integers.
"""

CAUGHT_BY = ("test_collatz_steps_examples", "test_collatz_steps_matches_python")

import jax  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def collatz_steps(n):
    def step(x):
        return lax.cond(x % 2 == 0, lambda x: (x / 2).astype(x.dtype), lambda x: 3 * x + 1, x)

    def body(carry):
        x, steps = carry
        return step(x), steps + 1

    _, steps = lax.while_loop(lambda carry: carry[0] != 1, body, (n, 0))
    return steps
