"""Decides on jnp.nanmax(arr) > 3, so that a NaN cannot hide a value above 3.

Plausible: the NaN-proof version of "the largest element is above 3". Wrong: like jnp.max it
has no answer for the empty array (ValueError while tracing), where the Rules ask for 1.0.
"""

CAUGHT_BY = ("test_each_example_takes_the_right_branch",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def accumulate_if(arr):
    return jnp.where(jnp.nanmax(arr) > 3, jnp.sum(arr), jnp.prod(arr))
