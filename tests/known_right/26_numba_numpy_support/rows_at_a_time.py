"""Whole rows at a time: peak_units folds the orders with `np.maximum` into a copy of the
first one, mean_units adds the orders up in a float64 accumulator and multiplies by the
reciprocal of the count, and order_totals takes the dot product of each order with the prices
as `np.sum(units[i] * prices)`.

Right: np.maximum of int64 rows stays int64; every partial column sum is an integer below
2**53 within the Rules' bounds, so the float64 accumulator is exact, and multiplying by 1/n
is within an ulp or two of dividing; each order's sum is an int64 sum of int64 products."""

import numba
import numpy as np


@numba.njit
def peak_units(units):
    best = units[0].copy()
    for i in range(1, units.shape[0]):
        best = np.maximum(best, units[i])
    return best


@numba.njit
def mean_units(units):
    sums = np.zeros(units.shape[1])
    for i in range(units.shape[0]):
        sums += units[i]
    return sums * (1.0 / units.shape[0])


@numba.njit
def order_totals(units, prices):
    totals = np.empty(units.shape[0], dtype=np.int64)
    for i in range(units.shape[0]):
        totals[i] = np.sum(units[i] * prices)
    return totals
