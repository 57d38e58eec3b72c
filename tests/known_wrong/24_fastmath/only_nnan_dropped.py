"""Sees that the NaN checks break and drops only nnan: every other flag stays, ninf included.
count_nans and nansum are right now, but count_infs (its code as shipped) still finds no inf."""

CAUGHT_BY = (
    "test_counts_on_examples",
    "test_counts_match_numpy_with_nans_and_infs",
    "test_fastmath_stays_on_without_nnan_and_ninf",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402

NO_NNAN = {"ninf", "reassoc", "contract", "arcp", "nsz", "afn"}


@numba.njit(fastmath=NO_NNAN)
def count_nans(arr):
    n = 0
    for i in range(arr.shape[0]):
        if np.isnan(arr[i]):
            n += 1
    return n


@numba.njit(fastmath=NO_NNAN)
def count_infs(arr):
    n = 0
    for i in range(arr.shape[0]):
        if abs(arr[i]) == np.inf:
            n += 1
    return n


@numba.njit(fastmath=NO_NNAN)
def nansum(arr):
    total = 0.0
    for i in range(arr.shape[0]):
        if not np.isnan(arr[i]):
            total += arr[i]
    return total
