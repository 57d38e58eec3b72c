"""Keeps a running best height that starts at the lowest finite float64,
np.finfo(np.float64).min, "lower than any height". But not lower than every peak: a peak
at exactly -1.8e308 between two -inf is never strictly higher, and the function returns None
where the rules ask for (1, -1.8e308). -inf is the start that no peak can fail to beat."""

CAUGHT_BY = ("test_highest_peak_examples",)

import numba  # noqa: E402
import numpy as np  # noqa: E402

LOWEST = np.finfo(np.float64).min


@numba.njit
def highest_peak(arr):
    best = -1
    best_height = LOWEST
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1] and arr[i] > best_height:
            best = i
            best_height = arr[i]
    if best < 0:
        return None
    return best, best_height
