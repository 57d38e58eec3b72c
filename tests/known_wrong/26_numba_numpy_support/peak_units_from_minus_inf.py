"""Starts every column's maximum at -inf, the textbook start of a max loop, with
`np.full(products, -np.inf)`. That array is float64: the result has the wrong dtype, and
float64 cannot hold int64's large values (2**53 + 1 becomes 2**53, 2**63 - 1 becomes 2**63)."""

CAUGHT_BY = ("test_peak_units_examples", "test_peak_units_on_any_table")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def peak_units(units):
    best = np.full(units.shape[1], -np.inf)
    for i in range(units.shape[0]):
        for j in range(units.shape[1]):
            if units[i, j] > best[j]:
                best[j] = units[i, j]
    return best
