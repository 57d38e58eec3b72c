"""Parallelises over the orders: a `numba.prange` down the rows, each iteration adding its
order into the shared column sums. Two threads can add into the same sums[j] at once and lose
one addition; on one thread it is right."""

CAUGHT_BY = ("test_mean_units_has_no_race",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def mean_units(units):
    sums = np.zeros(units.shape[1], dtype=np.int64)
    for i in numba.prange(units.shape[0]):
        for j in range(units.shape[1]):
            sums[j] += units[i, j]
    return sums / units.shape[0]
