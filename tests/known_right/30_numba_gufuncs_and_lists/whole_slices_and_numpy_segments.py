"""Whole-slice writes and no numba kernel for the receipts: scale_rows assigns the whole row
at once (`out[:] = ...`, `out[:] = 0.0`), count_above writes its '()' output through an
Ellipsis (`out[...] = ...`), and record_totals takes differences of one running sum in NumPy.

Right: slice and Ellipsis assignment write into the gufunc's output array; the running sum of
int64 wraps modulo 2**64, so each difference is the receipt's exact total whenever it fits,
even when the running sum overflows on the way; np.asarray and np.cumsum run in C."""

import numba
import numpy as np


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
def scale_rows(a, out):
    lo = a.min()
    span = a.max() - lo
    if span == 0.0:
        out[:] = 0.0
    else:
        out[:] = (a - lo) / span


@numba.guvectorize(["void(float64[:], float64, int64[:])"], "(n),()->()")
def count_above(a, threshold, out):
    out[...] = np.sum(a > threshold)


def record_totals(values, lengths):
    amounts = np.asarray(values, dtype=np.int64)
    ends = np.cumsum(np.asarray(lengths, dtype=np.int64))
    running = np.concatenate((np.zeros(1, dtype=np.int64), np.cumsum(amounts)))
    starts = np.concatenate((np.zeros(1, dtype=np.int64), ends[:-1]))
    return running[ends] - running[starts]
