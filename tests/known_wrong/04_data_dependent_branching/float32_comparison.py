"""Compares a float32 copy of arr with 3: the predicate "only needs to be roughly right".

Plausible: the answer is still computed in float64, only the test is cheaper. Wrong: values
just above 3 round to 3.0 in float32 (3.0000000000000004 does), so they stop counting as > 3.
"""

CAUGHT_BY = ("test_each_example_takes_the_right_branch",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def accumulate_if(arr):
    return jax.lax.cond(jnp.any(arr.astype(jnp.float32) > 3), jnp.sum, jnp.prod, arr)
