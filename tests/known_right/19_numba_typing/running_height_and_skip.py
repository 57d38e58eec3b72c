"""peak_indices skipping the element after each peak (a while loop), highest_peak keeping a
running best height that starts at -inf.

All right: the element after a peak is lower than the peak, so it cannot be one; every peak is
strictly higher than a neighbour, so higher than -inf, and `>` keeps the first of equal ones.
"""

import numba
import numpy as np


@numba.njit
def peak_indices(arr):
    found = numba.typed.List.empty_list(numba.types.int64)
    i = 1
    while i < arr.shape[0] - 1:
        if arr[i - 1] < arr[i] > arr[i + 1]:
            found.append(i)
            i += 2
        else:
            i += 1
    return found


@numba.njit
def highest_peak(arr):
    best = -1
    best_height = -np.inf
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1] and arr[i] > best_height:
            best = i
            best_height = arr[i]
    if best < 0:
        return None
    return best, best_height
