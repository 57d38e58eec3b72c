"""Sums everything, then subtracts the sum of the elements at or below 3.

Plausible: two fixed-shape sums, no mask on the result. But a NaN or a -inf anywhere in the
array poisons the total (-inf - -inf is NaN), and the subtraction loses the digits of a
small result next to a large total.
"""

CAUGHT_BY = (
    "test_sum_greater_than_three_examples",
    "test_sum_greater_than_three_matches_numpy_on_any_array",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def sum_greater_than_three(arr):
    return jnp.sum(arr) - jnp.sum(jnp.where(arr <= 3, arr, 0.0))
