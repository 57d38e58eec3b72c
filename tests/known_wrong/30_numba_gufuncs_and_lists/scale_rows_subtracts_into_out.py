"""Writes through NumPy's out arguments: np.subtract(a, lo, out), then np.divide(out, span,
out) unless the row is constant, whose a - lo is already zero. Bit for bit NumPy's
(a - min) / (max - min), but not the constant row's 0.0: a row [0.0, -0.0] has min 0.0, and
-0.0 - 0.0 is -0.0 (IEEE: x - y is -0.0 when x is -0.0 and y is +0.0)."""

CAUGHT_BY = ("test_scale_rows_writes_every_element_of_out", "test_scale_rows_on_any_rows")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
def scale_rows(a, out):
    lo = a.min()
    span = a.max() - lo
    np.subtract(a, lo, out)
    if span != 0.0:
        np.divide(out, span, out)
