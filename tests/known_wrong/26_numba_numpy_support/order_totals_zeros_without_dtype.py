"""Writes the exact loop, but makes the output with `np.zeros(orders)` and no dtype. np.zeros
makes float64 by default, so every total is rounded to float64 as it is added up (wrong above
2**53), and the result has the wrong dtype."""

CAUGHT_BY = ("test_order_totals_examples", "test_order_totals_on_any_order_book")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def order_totals(units, prices):
    totals = np.zeros(units.shape[0])
    for i in range(units.shape[0]):
        for j in range(units.shape[1]):
            totals[i] += units[i, j] * prices[j]
    return totals
