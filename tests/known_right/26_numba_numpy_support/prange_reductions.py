"""Parallel loops that share their result through reductions numba recognises: peak_units
runs, for each product, a `numba.prange` down the orders with `m = max(m, units[i, j])`;
mean_units runs a prange down the orders with a whole-array `sums += units[i]`.

Right: numba gives each thread a private copy of a reduction variable (scalar or array) and
combines the copies after the loop, so no iteration writes what another reads; the max starts
from an element of the column, and the int64 sums are exact within the Rules' bounds."""

import numba
import numpy as np


@numba.njit(parallel=True)
def peak_units(units):
    best = np.empty(units.shape[1], dtype=np.int64)
    for j in range(units.shape[1]):
        m = units[0, j]
        for i in numba.prange(units.shape[0]):
            m = max(m, units[i, j])
        best[j] = m
    return best


@numba.njit(parallel=True)
def mean_units(units):
    sums = np.zeros(units.shape[1], dtype=np.int64)
    for i in numba.prange(units.shape[0]):
        sums += units[i]
    return sums / units.shape[0]
