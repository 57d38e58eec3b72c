"""No branch at all: do_sum * sum + (1 - do_sum) * product, a "branchless" select.

Plausible: it compiles once, never retraces, and is right on every ordinary array. Wrong: the
branch not taken is multiplied by 0, and 0 * inf is NaN: for [1e200, 1e200] the sum comes out
NaN because the product overflowed, and a NaN anywhere poisons both answers.
"""

CAUGHT_BY = ("test_any_sequence_of_flags_gives_the_right_answer",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def accumulate_jax(arr, do_sum):
    return do_sum * jnp.sum(arr) + (1 - do_sum) * jnp.prod(arr)
