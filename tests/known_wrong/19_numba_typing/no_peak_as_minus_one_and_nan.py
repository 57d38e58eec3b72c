"""Unifies the two return types of highest_peak by hand: (-1, nan) when there is no peak, a
tuple of the same type as a real peak. It compiles, but the rule is None for "no peak", which
numba supports directly (an Optional return type)."""

CAUGHT_BY = ("test_highest_peak_examples", "test_highest_peak_on_any_signal")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def highest_peak(arr):
    best = -1
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1] and (best < 0 or arr[i] > arr[best]):
            best = i
    if best < 0:
        return -1, np.nan
    return best, arr[best]
