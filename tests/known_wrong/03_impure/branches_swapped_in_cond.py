"""lax.cond(do_sum, jnp.prod, jnp.sum, arr): the false branch first, as in jnp.where(c, x, y)?

Plausible: the argument order of lax.cond is easy to misremember. Wrong: it is
cond(pred, true_fun, false_fun, operand), so every answer is the other one.
"""

CAUGHT_BY = (
    "test_flag_argument_is_read_on_every_call",
    "test_any_sequence_of_flags_gives_the_right_answer",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def accumulate_jax(arr, do_sum):
    return jax.lax.cond(do_sum, jnp.prod, jnp.sum, arr)
