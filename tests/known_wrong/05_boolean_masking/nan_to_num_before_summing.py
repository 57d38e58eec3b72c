"""Cleans the masked values with jnp.nan_to_num before summing.

Plausible: "a NaN in the data must not make the sum NaN". The mask already drops NaN, and
nan_to_num also turns inf into the largest float64: a sum that must be inf comes out finite.
"""

CAUGHT_BY = (
    "test_sum_greater_than_three_examples",
    "test_sum_greater_than_three_matches_numpy_on_any_array",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def sum_greater_than_three(arr):
    return jnp.sum(jnp.nan_to_num(jnp.where(arr > 3, arr, 0.0)))
