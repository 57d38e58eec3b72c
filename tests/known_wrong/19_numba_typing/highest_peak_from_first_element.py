"""Starts the running maximum at the first element, as a max search usually does. But the first
element is never a peak, and may be higher than every peak: in [5, 1, 3, 0, 9] the peak (2, 3.0)
is never higher than 5.0, and the function returns None."""

CAUGHT_BY = ("test_highest_peak_examples",)

import numba  # noqa: E402


@numba.njit
def highest_peak(arr):
    if arr.shape[0] < 3:
        return None
    best = -1
    best_height = arr[0]
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1] and arr[i] > best_height:
            best = i
            best_height = arr[i]
    if best < 0:
        return None
    return best, best_height
