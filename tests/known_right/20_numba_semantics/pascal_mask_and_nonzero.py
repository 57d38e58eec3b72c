"""binomial as one row of Pascal's triangle in float64, safe_ratio by masked assignment into a
zeroed array, last_index with np.nonzero, logical_not with np.logical_not.

All right: the row is built by additions only (no intermediate larger than C(1000, 500), every
entry exact while it is below 2**53); out starts at 0.0 and only the nonzero denominators are
divided; np.nonzero lists every match, and an empty list means -1; np.logical_not is a bool in
numba and a NumPy bool in plain Python, both `not flag`.
"""

import numba
import numpy as np


@numba.njit
def binomial(n, k):
    row = np.zeros(k + 1)
    row[0] = 1.0
    for i in range(1, n + 1):
        for j in range(min(i, k), 0, -1):
            row[j] += row[j - 1]
    return row[k]


@numba.njit
def safe_ratio(num, den):
    out = np.zeros_like(num)
    nonzero = den != 0.0
    out[nonzero] = num[nonzero] / den[nonzero]
    return out


@numba.njit
def last_index(arr, x):
    matches = np.nonzero(arr == x)[0]
    if matches.size == 0:
        return -1
    return matches[-1]


@numba.njit
def logical_not(flag):
    return np.logical_not(flag)
