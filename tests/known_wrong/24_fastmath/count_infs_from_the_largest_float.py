"""Counts `abs(x) >= np.finfo(np.float64).max` as inf ("inf is at least the largest float"):
the largest finite float itself, ±1.797e308, is counted as an inf."""

CAUGHT_BY = ("test_counts_on_examples",)

import numba  # noqa: E402
import numpy as np  # noqa: E402

SAFE = {"reassoc", "contract", "arcp", "nsz", "afn"}
BIGGEST = np.finfo(np.float64).max


@numba.njit(fastmath=SAFE)
def count_infs(arr):
    n = 0
    for i in range(arr.shape[0]):
        if abs(arr[i]) >= BIGGEST:
            n += 1
    return n
