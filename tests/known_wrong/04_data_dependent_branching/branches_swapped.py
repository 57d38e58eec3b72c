"""lax.cond(pred, jnp.prod, jnp.sum, arr): the argument order of cond misremembered.

Plausible: one scalar predicate, one compilation, no callback: every probe is satisfied.
Wrong: cond(pred, true_fun, false_fun, operand) runs true_fun when pred holds, so every
answer is the other branch.
"""

CAUGHT_BY = ("test_each_example_takes_the_right_branch", "test_any_array_takes_the_right_branch")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def accumulate_if(arr):
    return jax.lax.cond(jnp.any(arr > 3), jnp.prod, jnp.sum, arr)
