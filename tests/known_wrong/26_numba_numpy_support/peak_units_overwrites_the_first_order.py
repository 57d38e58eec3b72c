"""Starts from the first order, `best = units[0]`, as the reference does, but without the
`.copy()`. The values are right, but units[0] is a view into the caller's table: the running
maxima are written into its first row, and the first order's data is gone."""

CAUGHT_BY = ("test_peak_units_leaves_the_table_unchanged",)

import numba  # noqa: E402


@numba.njit
def peak_units(units):
    best = units[0]
    for i in range(1, units.shape[0]):
        for j in range(units.shape[1]):
            if units[i, j] > best[j]:
                best[j] = units[i, j]
    return best
