"""Kata 24 · fastmath and NaN checks: keep the speed, drop the lies (covers N20).

Reference solution.
"""

import numba
import numpy as np

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


@numba.njit(fastmath=True)
def count_nans_fast(arr):
    """How many elements of arr are NaN, compiled with fastmath=True."""
    n = 0
    for i in range(arr.shape[0]):
        if np.isnan(arr[i]):
            n += 1
    return n


@numba.njit(fastmath=True)
def sum_fast(arr):
    """The sum of arr, compiled with fastmath=True (no NaN or inf checks in it)."""
    total = 0.0
    for i in range(arr.shape[0]):
        total += arr[i]
    return total


# count_nans_fast(np.array([1.0, np.nan, 2.0, np.nan]))  ->  0, not 2


# --- SOLUTION --------------------------------------------------------------------------------
# fastmath takes a set of LLVM flags as well as True. SAFE_FASTMATH is every flag except nnan
# and ninf (no NaN, no inf): the compiler may still reorder the sum (reassoc), fuse multiply-adds
# (contract), use reciprocals (arcp), ignore the sign of zero (nsz) and approximate functions
# (afn), but it must keep NaN and inf semantics, so np.isnan and np.isinf are tested for real.

SAFE_FASTMATH = {"reassoc", "contract", "arcp", "nsz", "afn"}


@numba.njit(fastmath=SAFE_FASTMATH)
def count_nans(arr):
    """How many elements of the 1-D float64 array arr are NaN."""
    n = 0
    for i in range(arr.shape[0]):
        if np.isnan(arr[i]):
            n += 1
    return n


@numba.njit(fastmath=SAFE_FASTMATH)
def count_infs(arr):
    """How many elements of the 1-D float64 array arr are +inf or -inf."""
    n = 0
    for i in range(arr.shape[0]):
        if np.isinf(arr[i]):
            n += 1
    return n


@numba.njit(fastmath=SAFE_FASTMATH)
def nansum(arr):
    """The sum of the elements of arr that are not NaN (like np.nansum)."""
    total = 0.0
    for i in range(arr.shape[0]):
        if not np.isnan(arr[i]):
            total += arr[i]
    return total
