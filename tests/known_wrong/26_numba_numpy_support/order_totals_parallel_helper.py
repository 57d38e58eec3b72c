"""order_totals stays a plain `@numba.njit` function and calls a `parallel=True` helper,
which runs a prange over the products adding into every order's total. The race is in the
helper: two threads can add into the same totals[i] at once and lose one addition. On one
thread it is right."""

CAUGHT_BY = ("test_order_totals_has_no_race",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def _totals_by_product(units, prices):
    totals = np.zeros(units.shape[0], dtype=np.int64)
    for j in numba.prange(units.shape[1]):
        for i in range(units.shape[0]):
            totals[i] += units[i, j] * prices[j]
    return totals


@numba.njit
def order_totals(units, prices):
    return _totals_by_product(units, prices)
