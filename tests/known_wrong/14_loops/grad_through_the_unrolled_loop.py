"""Takes jax.grad through the Python loop instead of the while_loop, steps static.

Plausible: the ValueError goes away and the derivative is right, because an unrolled loop is
just a long chain of operations. The program is a forward and a backward pass of 3 equations
per step each, and one compilation per step count.
"""

CAUGHT_BY = ("test_sensitivity_is_one_loop_whatever_the_step_count",)

import functools  # noqa: E402

import jax  # noqa: E402


@functools.partial(jax.jit, static_argnames="steps")
def sensitivity(x0, steps):
    return jax.grad(simulate_unrolled)(x0, steps)  # noqa: F821
