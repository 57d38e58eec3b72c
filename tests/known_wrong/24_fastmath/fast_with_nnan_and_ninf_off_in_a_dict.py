"""Passes fastmath as a dict, `{"fast": True, "nnan": False, "ninf": False}`, reading it as "all
of them, except these two". numba keeps the flags set to True, and `fast` means every flag,
nnan and ninf included: the checks are deleted as before."""

CAUGHT_BY = (
    "test_counts_on_examples",
    "test_nansum_on_examples",
    "test_fastmath_stays_on_without_nnan_and_ninf",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402

ALL_BUT_TWO = {"fast": True, "nnan": False, "ninf": False}


@numba.njit(fastmath=ALL_BUT_TWO)
def count_nans(arr):
    n = 0
    for i in range(arr.shape[0]):
        if np.isnan(arr[i]):
            n += 1
    return n


@numba.njit(fastmath=ALL_BUT_TWO)
def count_infs(arr):
    n = 0
    for i in range(arr.shape[0]):
        if np.isinf(arr[i]):
            n += 1
    return n


@numba.njit(fastmath=ALL_BUT_TWO)
def nansum(arr):
    total = 0.0
    for i in range(arr.shape[0]):
        if not np.isnan(arr[i]):
            total += arr[i]
    return total
