"""Copy-on-write, "no copy unless needed": starts from `best = units[0]` and copies it only
when a later order beats the first one, so the caller's first order is never written. The
values are right, but when the first order holds every maximum (or is the only order) no copy
is made and the result is a view of the caller's table."""

CAUGHT_BY = ("test_peak_units_leaves_the_table_unchanged",)

import numba  # noqa: E402


@numba.njit
def peak_units(units):
    best = units[0]
    copied = False
    for i in range(1, units.shape[0]):
        for j in range(units.shape[1]):
            if units[i, j] > best[j]:
                if not copied:
                    best = best.copy()
                    copied = True
                best[j] = units[i, j]
    return best
