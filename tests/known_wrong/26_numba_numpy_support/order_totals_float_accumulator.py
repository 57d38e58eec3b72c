"""Writes the loop, but starts each total at `0.0`, "to be safe from overflow". The total is
then a float64 that rounds every partial sum above 2**53, and the result comes back as
int64 rounded, not exact."""

CAUGHT_BY = ("test_order_totals_examples", "test_order_totals_on_any_order_book")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def order_totals(units, prices):
    totals = np.empty(units.shape[0], dtype=np.int64)
    for i in range(units.shape[0]):
        total = 0.0
        for j in range(units.shape[1]):
            total += units[i, j] * prices[j]
        totals[i] = np.int64(total)
    return totals
