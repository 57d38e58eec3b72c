"""scale_rows divides with NumPy's out argument (np.divide(a - lo, span, out)) and fills a
constant row with out[:] = 0.0; count_above has a float32 loop besides the float64 one;
record_totals slices each receipt from the list and adds it with Python's built-in sum.

Right: np.divide(x, y, out) writes into the gufunc's output array; an extra loop does not
change which one float64 input selects; sum() over a slice runs in C, exact with Python ints,
and the Python loop runs once per receipt, not per value."""

import numba
import numpy as np


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
def scale_rows(a, out):
    lo = a.min()
    span = a.max() - lo
    if span == 0.0:
        out[:] = 0.0
    else:
        np.divide(a - lo, span, out)


@numba.guvectorize(
    ["void(float32[:], float32, int64[:])", "void(float64[:], float64, int64[:])"], "(n),()->()"
)
def count_above(a, threshold, out):
    out[0] = np.sum(np.where(a > threshold, 1, 0))


def record_totals(values, lengths):
    ends = np.cumsum(np.asarray(lengths, dtype=np.int64)).tolist()
    totals = [sum(values[end - n : end]) for end, n in zip(ends, lengths, strict=True)]
    return np.array(totals, dtype=np.int64)
