"""Keeps the boolean mask and runs it on the host through jax.pure_callback.

Right answers, still jitted, but the compiled program stops, ships the array to NumPy and
waits: the masking is not part of the compiled code at all.
"""

CAUGHT_BY = ("test_sum_greater_than_three_computes_without_host_callbacks",)

import jax  # noqa: E402
import numpy as np  # noqa: E402


def _masked_sum(arr):
    arr = np.asarray(arr)
    return np.asarray(arr[arr > 3].sum())


@jax.jit
def sum_greater_than_three(arr):
    return jax.pure_callback(_masked_sum, jax.ShapeDtypeStruct((), arr.dtype), arr)
