"""Guards against infinities: sums only the finite elements above 3.

Plausible defensive code, `jnp.isfinite(arr) & (arr > 3)`. But inf is greater than 3, and
the Rules (NumPy's `arr[arr > 3].sum()`) count it: the sum must be inf.
"""

CAUGHT_BY = (
    "test_sum_greater_than_three_examples",
    "test_sum_greater_than_three_matches_numpy_on_any_array",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def sum_greater_than_three(arr):
    return jnp.sum(jnp.where(jnp.isfinite(arr) & (arr > 3), arr, 0.0))
