"""All three as parallel loops, each iteration writing only its own slot: peak_units runs a
`numba.prange` over the products (each column's maximum found by one iteration, started from
int64's smallest value via `np.iinfo`), mean_units sums each column in an int64 scalar, and
order_totals runs a prange over the orders with a scalar total per order.

Right: no iteration reads or writes another's slot, every sum stays in int64 (exact within
the Rules' bounds, and wrapping back for the totals), and -2**63 is no larger than any int64."""

import numba
import numpy as np


@numba.njit(parallel=True)
def peak_units(units):
    best = np.empty(units.shape[1], dtype=np.int64)
    for j in numba.prange(units.shape[1]):
        m = np.iinfo(np.int64).min
        for i in range(units.shape[0]):
            m = max(m, units[i, j])
        best[j] = m
    return best


@numba.njit(parallel=True)
def mean_units(units):
    out = np.empty(units.shape[1])
    for j in numba.prange(units.shape[1]):
        total = 0
        for i in range(units.shape[0]):
            total += units[i, j]
        out[j] = total / units.shape[0]
    return out


@numba.njit(parallel=True)
def order_totals(units, prices):
    totals = np.empty(units.shape[0], dtype=np.int64)
    for i in numba.prange(units.shape[0]):
        total = 0
        for j in range(units.shape[1]):
            total += units[i, j] * prices[j]
        totals[i] = total
    return totals
