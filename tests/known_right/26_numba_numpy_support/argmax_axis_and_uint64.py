"""Two reductions numba does support, used where they are exact: peak_units finds each
column's row with `np.argmax(units, axis=0)` (one of the few reductions that take an axis in
nopython mode) and reads the element there; order_totals adds up in uint64, prices and units
cast bit for bit, and casts each total back to int64.

Right: argmax compares int64 elements as int64 and returns the first row of each maximum;
uint64 arithmetic wraps modulo 2**64 exactly as int64's does, so the uint64 total has the same
bits as the exact int64 total whenever that total fits, and the cast back keeps them."""

import numba
import numpy as np


@numba.njit
def peak_units(units):
    rows = np.argmax(units, axis=0)
    best = np.empty(units.shape[1], dtype=np.int64)
    for j in range(units.shape[1]):
        best[j] = units[rows[j], j]
    return best


@numba.njit
def order_totals(units, prices):
    totals = np.empty(units.shape[0], dtype=np.int64)
    for i in range(units.shape[0]):
        total = np.uint64(0)
        for j in range(units.shape[1]):
            total += np.uint64(units[i, j]) * np.uint64(prices[j])
        totals[i] = np.int64(total)
    return totals
