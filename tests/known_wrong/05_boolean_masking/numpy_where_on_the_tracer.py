"""Uses NumPy's where and nonzero inside jax.jit, as one would in NumPy code.

NumPy cannot read a tracer: both functions raise TracerArrayConversionError when traced.
"""

CAUGHT_BY = (
    "test_sum_greater_than_three_examples",
    "test_sum_greater_than_three_matches_numpy_on_any_array",
    "test_indices_above_examples",
    "test_indices_above_matches_numpy_on_any_array",
)

import functools  # noqa: E402

import jax  # noqa: E402
import numpy as np  # noqa: E402


@jax.jit
def sum_greater_than_three(arr):
    return np.where(arr > 3, arr, 0).sum()


@functools.partial(jax.jit, static_argnames="size")
def indices_above(arr, threshold, size):
    found = np.flatnonzero(arr > threshold)[:size]
    return np.concatenate([found, np.full(size - found.size, -1)])
