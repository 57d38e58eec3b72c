"""Looks only at the highest interior element (np.argmax, the first of equal ones) and returns
it if it is a peak, None otherwise. But the highest element may sit on a plateau while a lower
peak exists elsewhere: in [0, 2, 2, 0, 1, 0] the answer is (4, 1.0), not None."""

CAUGHT_BY = ("test_highest_peak_examples", "test_highest_peak_on_any_signal")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def highest_peak(arr):
    if arr.shape[0] < 3:
        return None
    i = 1 + np.argmax(arr[1:-1])
    if arr[i - 1] < arr[i] > arr[i + 1]:
        return i, arr[i]
    return None
