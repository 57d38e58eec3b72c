"""A prange over the products, each iteration handing its product to a helper that adds the
product's contribution into every order's total. The loop body writes nothing itself, but the
helper writes every totals[i] from every iteration: two threads can add into the same total
at once and lose one addition. On one thread it is right."""

CAUGHT_BY = ("test_order_totals_has_no_race",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def _add_product(totals, column, price):
    for i in range(totals.shape[0]):
        totals[i] += column[i] * price


@numba.njit(parallel=True)
def order_totals(units, prices):
    totals = np.zeros(units.shape[0], dtype=np.int64)
    for j in numba.prange(units.shape[1]):
        _add_product(totals, units[:, j], prices[j])
    return totals
