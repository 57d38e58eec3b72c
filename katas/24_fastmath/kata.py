"""Kata 24 · fastmath and NaN checks: keep the speed, drop the lies (covers N20).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/24_fastmath` passes.
Stuck? `sharpbits hint 24` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# fastmath=True switches on every LLVM fast-math flag, and two of them, nnan and ninf, promise
# the compiler that no value is ever NaN or infinite. It believes you and deletes the checks:
# all three functions below get wrong answers as soon as the data holds a NaN or an inf.
# Keep fastmath on, but only with the flags that are true of your data. Rules: README.md.


@numba.njit(fastmath=True)
def count_nans(arr):
    """How many elements of the 1-D float64 array arr are NaN."""
    n = 0
    for i in range(arr.shape[0]):
        if np.isnan(arr[i]):
            n += 1
    return n


@numba.njit(fastmath=True)
def count_infs(arr):
    """How many elements of the 1-D float64 array arr are +inf or -inf."""
    n = 0
    for i in range(arr.shape[0]):
        if abs(arr[i]) == np.inf:
            n += 1
    return n


@numba.njit(fastmath=True)
def nansum(arr):
    """The sum of the elements of arr that are not NaN (like np.nansum)."""
    total = 0.0
    for i in range(arr.shape[0]):
        if not np.isnan(arr[i]):
            total += arr[i]
    return total
