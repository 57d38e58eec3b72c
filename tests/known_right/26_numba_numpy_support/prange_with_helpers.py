"""Parallel loops whose iterations hand their own slice to a small njit helper and store
what it returns in their own slot: each column's maximum and mean, each order's dot product
with the prices. peak_units' helper also folds into a one-element buffer of its own with the
ufunc's out argument, `np.maximum(m, x, m)`.

Right: each helper reads only its slice and writes only what it makes itself, every iteration
writes only its own index, and the arithmetic is the reference's (int64, exact or wrapping
back)."""

import numba
import numpy as np


@numba.njit
def _largest(column):
    m = np.empty(1, dtype=np.int64)
    m[0] = column[0]
    for i in range(1, column.shape[0]):
        np.maximum(m, column[i : i + 1], m)
    return m[0]


@numba.njit
def _mean(column):
    return np.sum(column) / column.shape[0]


@numba.njit
def _dot(row, prices):
    total = 0
    for j in range(row.shape[0]):
        total += row[j] * prices[j]
    return total


@numba.njit(parallel=True)
def peak_units(units):
    best = np.empty(units.shape[1], dtype=np.int64)
    for j in numba.prange(units.shape[1]):
        best[j] = _largest(units[:, j])
    return best


@numba.njit(parallel=True)
def mean_units(units):
    out = np.empty(units.shape[1])
    for j in numba.prange(units.shape[1]):
        out[j] = _mean(units[:, j])
    return out


@numba.njit(parallel=True)
def order_totals(units, prices):
    totals = np.empty(units.shape[0], dtype=np.int64)
    for i in numba.prange(units.shape[0]):
        totals[i] = _dot(units[i], prices)
    return totals
