"""Gives the three functions the safe flags (the flag probe is happy) but keeps the NaN and inf
tests in small helpers still compiled with fastmath=True. numba inlines the helper's code with
the helper's own flags: nnan and ninf delete the checks all the same."""

CAUGHT_BY = ("test_counts_on_examples", "test_nansum_on_examples")

import numba  # noqa: E402
import numpy as np  # noqa: E402

SAFE = {"reassoc", "contract", "arcp", "nsz", "afn"}


@numba.njit(fastmath=True)
def _is_nan(x):
    return np.isnan(x)


@numba.njit(fastmath=True)
def _is_inf(x):
    return np.isinf(x)


@numba.njit(fastmath=SAFE)
def count_nans(arr):
    n = 0
    for i in range(arr.shape[0]):
        if _is_nan(arr[i]):
            n += 1
    return n


@numba.njit(fastmath=SAFE)
def count_infs(arr):
    n = 0
    for i in range(arr.shape[0]):
        if _is_inf(arr[i]):
            n += 1
    return n


@numba.njit(fastmath=SAFE)
def nansum(arr):
    total = 0.0
    for i in range(arr.shape[0]):
        if not _is_nan(arr[i]):
            total += arr[i]
    return total
