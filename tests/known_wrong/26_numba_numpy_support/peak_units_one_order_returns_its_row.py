"""A shortcut for one order: "its row already holds every maximum", so `return units[0]`,
and the loop (from a copy) for the rest. The values are right, but for one order the result
is a view of the caller's table, not a new array: the caller's next write into its order book
changes the "maxima" it was given."""

CAUGHT_BY = ("test_peak_units_leaves_the_table_unchanged",)

import numba  # noqa: E402


@numba.njit
def peak_units(units):
    if units.shape[0] == 1:
        return units[0]
    best = units[0].copy()
    for i in range(1, units.shape[0]):
        for j in range(units.shape[1]):
            if units[i, j] > best[j]:
                best[j] = units[i, j]
    return best
