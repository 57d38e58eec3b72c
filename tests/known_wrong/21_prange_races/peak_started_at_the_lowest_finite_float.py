"""Starts the max reduction at the lowest finite float, np.finfo(np.float64).min, "smaller than
any element". Not smaller than -inf: for an array of -infs peak returns -1.797e308, a number
that is not in the array. The identity of max is -inf itself."""

CAUGHT_BY = ("test_peak_matches_the_largest_element",)

import numba  # noqa: E402
import numpy as np  # noqa: E402

LOWEST = np.finfo(np.float64).min


@numba.njit(parallel=True)
def peak(a):
    m = LOWEST
    for i in numba.prange(a.shape[0]):
        m = max(m, a[i])
    return m
