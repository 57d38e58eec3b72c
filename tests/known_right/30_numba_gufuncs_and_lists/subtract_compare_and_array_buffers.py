"""scale_rows takes the span from np.ptp on the parallel target; count_above compares the
difference with zero (a - threshold > 0.0); record_totals converts each list through the
buffer protocol: array.array("q", values), then np.frombuffer.

Right: np.ptp(a) is max - min, the same subtraction. For floats, a - t > 0.0 exactly when
a > t: two different finite floats never subtract to zero (subnormals keep the difference),
inf - inf and anything with NaN is NaN, not above zero. array.array("q", ...) converts a list
of ints in C, typed int64 even when empty (and raises for an int beyond int64)."""

import array

import numba
import numpy as np


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)", target="parallel")
def scale_rows(a, out):
    lo = a.min()
    span = np.ptp(a)
    for i in range(a.size):
        out[i] = (a[i] - lo) / span if span > 0.0 else 0.0


@numba.guvectorize(["void(float64[:], float64, int64[:])"], "(n),()->()")
def count_above(a, threshold, out):
    out[0] = np.count_nonzero(a - threshold > 0.0)


def record_totals(values, lengths):
    amounts = np.frombuffer(array.array("q", values), dtype=np.int64)
    counts = np.frombuffer(array.array("q", lengths), dtype=np.int64)
    return sum_records(amounts, counts)  # noqa: F821 (the reference's kernel)
