"""Parallelises over the orders: `numba.prange` down the rows, each iteration raising the
column maxima it beats. Two threads may compare against, and write, the same best[j] at once,
so a larger value can be lost; on one thread (and on most small tables) it is right, which is
why the race test reads the loop's structure."""

CAUGHT_BY = ("test_peak_units_has_no_race",)

import numba  # noqa: E402


@numba.njit(parallel=True)
def peak_units(units):
    best = units[0].copy()
    for i in numba.prange(units.shape[0]):
        for j in range(units.shape[1]):
            if units[i, j] > best[j]:
                best[j] = units[i, j]
    return best
