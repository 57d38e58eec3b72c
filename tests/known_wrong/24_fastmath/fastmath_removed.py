"""Drops fastmath altogether: plain @numba.njit. Every answer is right again, but so is the
speed gone that fastmath was there for (the sum no longer vectorises). The lesson wants the
fast flags kept and only the two that lie about the data removed."""

CAUGHT_BY = ("test_fastmath_stays_on_without_nnan_and_ninf",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def count_nans(arr):
    n = 0
    for i in range(arr.shape[0]):
        if np.isnan(arr[i]):
            n += 1
    return n


@numba.njit
def count_infs(arr):
    n = 0
    for i in range(arr.shape[0]):
        if np.isinf(arr[i]):
            n += 1
    return n


@numba.njit
def nansum(arr):
    total = 0.0
    for i in range(arr.shape[0]):
        if not np.isnan(arr[i]):
            total += arr[i]
    return total
