"""All three compiled eagerly, at import, for exactly the type the Rules give: a C-contiguous
int64 table (`int64[:, ::1]`, and `int64[::1]` for the prices), with the reference's bodies.

Right: an eager signature is one compilation made up front; every table the Rules allow
matches it, so no call compiles again, and the bodies are the reference's exact loops."""

import numba
import numpy as np


@numba.njit("int64[::1](int64[:, ::1])")
def peak_units(units):
    best = units[0].copy()
    for i in range(1, units.shape[0]):
        for j in range(units.shape[1]):
            best[j] = max(best[j], units[i, j])
    return best


@numba.njit("float64[::1](int64[:, ::1])")
def mean_units(units):
    return np.sum(units, axis=0) / units.shape[0]


@numba.njit("int64[::1](int64[:, ::1], int64[::1])")
def order_totals(units, prices):
    totals = np.zeros(units.shape[0], dtype=np.int64)
    for i in range(units.shape[0]):
        for j in range(units.shape[1]):
            totals[i] += units[i, j] * prices[j]
    return totals
