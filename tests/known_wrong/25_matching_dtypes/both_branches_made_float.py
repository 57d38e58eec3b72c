"""Makes the odd branch a float too (`3.0 * x + 1`), so that both branches of lax.cond agree.

Plausible: it is exactly what cond's TypeError asks for, "revise true_fun and/or false_fun so
that all output types match", and the cond error is gone. But now the step returns a float64
while the loop started from an int64 n, and the while_loop raises the same kind of TypeError
for its carry: the type had to agree all the way round the loop, and an integer stays exact.
"""

CAUGHT_BY = ("test_collatz_steps_examples", "test_collatz_steps_matches_python")

import jax  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def collatz_steps(n):
    def step(x):
        return lax.cond(x % 2 == 0, lambda x: x / 2, lambda x: 3.0 * x + 1, x)

    def body(carry):
        x, steps = carry
        return step(x), steps + 1

    _, steps = lax.while_loop(lambda carry: carry[0] != 1, body, (n, 0))
    return steps
