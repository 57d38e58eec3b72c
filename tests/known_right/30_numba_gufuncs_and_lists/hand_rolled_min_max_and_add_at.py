"""scale_rows finds the minimum and the maximum in one loop of its own and returns early for a
constant row; count_above accumulates booleans straight into out[0]; record_totals scatters
the amounts onto their receipts with np.add.at.

Right: the loop's lo and hi are the row's min and max (a tie between 0.0 and -0.0 may give
either, as NumPy's may); out[0] = 0 first, so out[0] += (x > threshold) starts from zero and
not from what the caller's out held; np.add.at is unbuffered, adds in int64 (wrapping back to
a total that fits), and leaves a receipt without items at 0."""

import numba
import numpy as np


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
def scale_rows(a, out):
    lo = a[0]
    hi = a[0]
    for x in a[1:]:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    if hi == lo:
        out[:] = 0.0
        return
    for i in range(a.shape[0]):
        out[i] = (a[i] - lo) / (hi - lo)


@numba.guvectorize(["void(float64[:], float64, int64[:])"], "(n),()->()")
def count_above(a, threshold, out):
    out[0] = 0
    for x in a:
        out[0] += x > threshold


def record_totals(values, lengths):
    totals = np.zeros(len(lengths), dtype=np.int64)
    owner = np.repeat(np.arange(len(lengths)), np.asarray(lengths, dtype=np.int64))
    np.add.at(totals, owner, np.asarray(values, dtype=np.int64))
    return totals
