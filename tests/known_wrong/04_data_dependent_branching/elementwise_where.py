"""jnp.where on the elementwise mask: one sum-or-product per element, not one answer.

Plausible: "jnp.where replaces if". It does, but `arr > 3` is a whole array of booleans, so
the result is an array; the predicate must be reduced to one boolean first (jnp.any).
"""

CAUGHT_BY = ("test_each_example_takes_the_right_branch", "test_any_array_takes_the_right_branch")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def accumulate_if(arr):
    return jnp.where(arr > 3, jnp.sum(arr), jnp.prod(arr))
