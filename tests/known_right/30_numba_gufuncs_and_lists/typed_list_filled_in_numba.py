"""Keeps a numba.typed.List, but fills it inside compiled code: record_totals converts the
Python lists with np.asarray (in C) and a @njit helper appends the int64 values to a typed
List, which the GIVEN-style kernel then sums receipt by receipt. The gufuncs hand their work
to @njit helpers (called from the kernel, compiled into it) and run on the parallel target.

Right: appending in nopython code is a compiled loop, not a Python call per value; the
helpers are nopython too; target="parallel" splits the rows over threads, each row's output
written by one kernel call."""

import numba
import numpy as np
from numba import types


@numba.njit
def _scale_into(a, out):
    lo = a.min()
    span = a.max() - lo
    for i in range(a.shape[0]):
        out[i] = 0.0 if span == 0.0 else (a[i] - lo) / span


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)", target="parallel")
def scale_rows(a, out):
    _scale_into(a, out)


@numba.njit
def _count(a, threshold):
    return np.count_nonzero(a > threshold)


@numba.guvectorize(["void(float64[:], float64, int64[:])"], "(n),()->()", target="parallel")
def count_above(a, threshold, out):
    out[0] = _count(a, threshold)


@numba.njit
def _typed(array):
    typed = numba.typed.List.empty_list(types.int64)
    for x in array:
        typed.append(x)
    return typed


@numba.njit
def _sum_typed_records(values, lengths):
    totals = np.zeros(len(lengths), dtype=np.int64)
    start = 0
    for i in range(len(lengths)):
        for j in range(start, start + lengths[i]):
            totals[i] += values[j]
        start += lengths[i]
    return totals


def record_totals(values, lengths):
    typed_values = _typed(np.asarray(values, dtype=np.int64))
    typed_lengths = _typed(np.asarray(lengths, dtype=np.int64))
    return _sum_typed_records(typed_values, typed_lengths)
