"""Replaces the best peak on `>=`, so of two peaks of equal height the later one wins. The rule
is the first of equal ones."""

CAUGHT_BY = ("test_highest_peak_examples", "test_highest_peak_on_any_signal")

import numba  # noqa: E402


@numba.njit
def highest_peak(arr):
    best = -1
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1] and (best < 0 or arr[i] >= arr[best]):
            best = i
    if best < 0:
        return None
    return best, arr[best]
