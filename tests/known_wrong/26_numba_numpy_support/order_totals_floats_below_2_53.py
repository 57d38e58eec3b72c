"""BLAS where it is safe: multiply in float64 with `@`, keep a total whose float is below
2**53 (where float64 holds every integer), and redo only the larger ones in an exact int64
loop. But a small float total does not make the float route exact: its terms and partial
sums may be beyond 2**53, already rounded, and cancel. 1 * (2**53 + 1) - 1 * 2**53 comes out
0, not 1."""

CAUGHT_BY = ("test_order_totals_examples", "test_order_totals_on_any_order_book")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def order_totals(units, prices):
    totals = np.zeros(units.shape[0], dtype=np.int64)
    if units.size == 0:
        return totals
    approx = units.astype(np.float64) @ prices.astype(np.float64)
    for i in range(units.shape[0]):
        if abs(approx[i]) < 2.0**53:
            totals[i] = np.int64(approx[i])
        else:
            total = 0
            for j in range(units.shape[1]):
                total += units[i, j] * prices[j]
            totals[i] = total
    return totals
