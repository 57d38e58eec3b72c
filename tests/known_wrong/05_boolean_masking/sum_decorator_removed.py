"""Drops @jax.jit from sum_greater_than_three: the boolean mask then works (eagerly).

Plausible: "it only fails under jit, so remove jit". Right answers, but nothing is compiled and
every call runs op by op with a freshly shaped intermediate array.
"""

CAUGHT_BY = ("test_sum_greater_than_three_stays_jitted",)

import jax.numpy as jnp  # noqa: E402


def sum_greater_than_three(arr):
    return jnp.sum(arr[arr > 3])
