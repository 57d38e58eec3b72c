"""Calls the stale function on a probe array of arr's size, 1, 2, ..., n, whose sum and
product differ, and compares the result with the sum.

Plausible: it fixes "a value cannot tell sum from product" for the zeros. But 1 + 2 + 3 is
1 * 2 * 3, and a single element is its own sum and product; and the probe is always
float64, so for an int or float32 arr it asks about another program than arr's.
"""

CAUGHT_BY = (
    "test_stale_function_sums_answers_from_the_program_not_the_global",
    "test_stale_function_sums_sees_a_new_shape_traced_with_the_new_global",
)

import jax.numpy as jnp  # noqa: E402


def stale_function_sums(arr):
    probe = jnp.arange(1.0, arr.size + 1.0).reshape(arr.shape)
    return bool(float(accumulate_jax_global(probe)) == float(jnp.sum(probe)))  # noqa: F821
