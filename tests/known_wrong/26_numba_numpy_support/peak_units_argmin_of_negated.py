"""np.argmax and np.argmin take an axis in numba, so: the largest element is the smallest of
the negated table, `np.argmin(-units, axis=0)`, then each column's element at that row. But
int64 negation wraps at -2**63: -(-2**63) is -2**63 again, the smallest of all, so a column
holding -2**63 reports it as its maximum."""

CAUGHT_BY = ("test_peak_units_examples", "test_peak_units_on_any_table")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def peak_units(units):
    rows = np.argmin(-units, axis=0)
    best = np.empty(units.shape[1], dtype=np.int64)
    for j in range(units.shape[1]):
        best[j] = units[rows[j], j]
    return best
