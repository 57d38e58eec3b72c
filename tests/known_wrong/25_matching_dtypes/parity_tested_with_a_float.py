"""Halves with `//` but tests the parity with `x % 2.0 == 0`.

Plausible: the branches now return int64 and the carry stays int64; the parity test only
produces a bool, so its float seems harmless. But `x % 2.0` turns x into a float64 first, and
past 2**53 float64 rounds every odd x to an even one: on the climb of 1410123943 odd values
are taken for even and halved.
"""

CAUGHT_BY = ("test_collatz_steps_examples", "test_collatz_steps_matches_python")

import jax  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def collatz_steps(n):
    def step(x):
        return lax.cond(x % 2.0 == 0, lambda x: x // 2, lambda x: 3 * x + 1, x)

    def body(carry):
        x, steps = carry
        return step(x), steps + 1

    _, steps = lax.while_loop(lambda carry: carry[0] != 1, body, (n, 0))
    return steps
