"""Adds the orders up row by row, starting from the first one: `sums = units[0]`, then
`sums += units[i]`. Right numbers, but units[0] is a view into the caller's table, so the
running sums are written into its first order."""

CAUGHT_BY = ("test_mean_units_leaves_the_table_unchanged",)

import numba  # noqa: E402


@numba.njit
def mean_units(units):
    sums = units[0]
    for i in range(1, units.shape[0]):
        sums += units[i]
    return sums / units.shape[0]
