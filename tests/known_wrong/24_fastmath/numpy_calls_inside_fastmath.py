"""Keeps fastmath=True and calls NumPy's own functions instead of the loop ("np.nansum surely
handles NaN"). numba compiles them inside the fastmath function, with the same flags: the
isnan inside them is optimised away too (0 NaNs, and a nansum of nan)."""

CAUGHT_BY = (
    "test_counts_on_examples",
    "test_nansum_on_examples",
    "test_fastmath_stays_on_without_nnan_and_ninf",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(fastmath=True)
def count_nans(arr):
    return np.isnan(arr).sum()


@numba.njit(fastmath=True)
def nansum(arr):
    return np.nansum(arr)
