"""Zeroes what is at or below 3 instead of keeping what is above it.

Plausible: "zero what you do not want" read literally, `jnp.where(arr <= 3, 0, arr)`. For
every finite number it is the same mask, but NaN is neither <= 3 nor > 3: it is kept, and the
whole sum becomes NaN where NumPy's `arr[arr > 3].sum()` drops it.
"""

CAUGHT_BY = (
    "test_sum_greater_than_three_examples",
    "test_sum_greater_than_three_matches_numpy_on_any_array",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def sum_greater_than_three(arr):
    return jnp.where(arr <= 3, 0.0, arr).sum()
