"""Keeps only the one flag the speed needs, `fastmath={"reassoc"}`, with the lecture's loops.

Right: reassoc lets LLVM reorder (and vectorise) the sum and promises nothing about NaN or inf,
so np.isnan and np.isinf are tested for real."""

import numba
import numpy as np


@numba.njit(fastmath={"reassoc"})
def count_nans(arr):
    n = 0
    for i in range(arr.shape[0]):
        if np.isnan(arr[i]):
            n += 1
    return n


@numba.njit(fastmath={"reassoc"})
def count_infs(arr):
    n = 0
    for i in range(arr.shape[0]):
        if np.isinf(arr[i]):
            n += 1
    return n


@numba.njit(fastmath={"reassoc"})
def nansum(arr):
    total = 0.0
    for i in range(arr.shape[0]):
        if not np.isnan(arr[i]):
            total += arr[i]
    return total
