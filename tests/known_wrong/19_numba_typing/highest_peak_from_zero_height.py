"""Tracks the best height instead of the best index, starting from 0.0: `if peak and arr[i] >
best_height`. Right for every signal above the axis, but a peak can be negative: in
[-5, -1, -3] the peak -1.0 is never higher than 0.0, and the function returns None."""

CAUGHT_BY = ("test_highest_peak_examples", "test_highest_peak_on_any_signal")

import numba  # noqa: E402


@numba.njit
def highest_peak(arr):
    best = -1
    best_height = 0.0
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1] and arr[i] > best_height:
            best = i
            best_height = arr[i]
    if best < 0:
        return None
    return best, best_height
