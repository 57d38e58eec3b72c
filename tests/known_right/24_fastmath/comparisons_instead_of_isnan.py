"""Tests with comparisons instead of np.isnan / np.isinf, under the safe flags: `x != x` for NaN,
`x == inf or x == -inf` for inf, and adds `x if x == x else 0.0` in nansum.

Right: without nnan the compiler may not assume x == x, so the comparisons see NaN; and the
only floats equal to ±inf are ±inf."""

import math

import numba

SAFE = {"reassoc", "contract", "arcp", "nsz", "afn"}


@numba.njit(fastmath=SAFE)
def count_nans(arr):
    n = 0
    for x in arr:
        if x != x:
            n += 1
    return n


@numba.njit(fastmath=SAFE)
def count_infs(arr):
    n = 0
    for x in arr:
        if x == math.inf or x == -math.inf:
            n += 1
    return n


@numba.njit(fastmath=SAFE)
def nansum(arr):
    total = 0.0
    for x in arr:
        total += x if x == x else 0.0
    return total
