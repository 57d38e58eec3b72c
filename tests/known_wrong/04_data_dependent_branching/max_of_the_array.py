"""Decides on jnp.max(arr) > 3: "some element is above 3" is "the largest one is".

Plausible: true for every non-empty array, and one reduction instead of a mask. Wrong: the
empty array has no maximum, so jnp.max raises ValueError while tracing, where the Rules ask
for the product of nothing, 1.0.
"""

CAUGHT_BY = ("test_each_example_takes_the_right_branch",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def accumulate_if(arr):
    return jax.lax.cond(jnp.max(arr) > 3, jnp.sum, jnp.prod, arr)
