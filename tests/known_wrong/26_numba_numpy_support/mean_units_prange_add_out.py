"""Adds the orders up in parallel, in place: a `numba.prange` down the orders, each doing
`np.add(sums, units[i], sums)`. Every iteration updates all of `sums` through the ufunc's out
argument, so two threads can add into the same sums[j] at once and lose one addition (numba
makes a per-thread reduction of `sums += units[i]`, not of this call); on one thread it is
right."""

CAUGHT_BY = ("test_mean_units_has_no_race",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def mean_units(units):
    sums = np.zeros(units.shape[1], dtype=np.int64)
    for i in numba.prange(units.shape[0]):
        np.add(sums, units[i], sums)
    return sums / units.shape[0]
