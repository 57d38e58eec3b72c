"""Parallelises the product over the products: a `numba.prange` over the columns, each
iteration adding its product's contribution into every order's total. Every iteration writes
every totals[i], so two threads can add into the same total at once and lose one addition;
on one thread it is right."""

CAUGHT_BY = ("test_order_totals_has_no_race",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def order_totals(units, prices):
    totals = np.zeros(units.shape[0], dtype=np.int64)
    for j in numba.prange(units.shape[1]):
        for i in range(units.shape[0]):
            totals[i] += units[i, j] * prices[j]
    return totals
