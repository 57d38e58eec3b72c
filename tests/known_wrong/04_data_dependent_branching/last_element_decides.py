"""Decides on the last element only: in the lesson's arange(1.0, 6.0) the big values come last.

Plausible as a shortcut fitted to the visible examples (sorted arrays); all three named
examples pass. Wrong: a value above 3 anywhere else is missed, and the empty array has no last
element.
"""

CAUGHT_BY = ("test_each_example_takes_the_right_branch", "test_any_array_takes_the_right_branch")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def accumulate_if(arr):
    return jax.lax.cond(arr[-1] > 3, jnp.sum, jnp.prod, arr)
