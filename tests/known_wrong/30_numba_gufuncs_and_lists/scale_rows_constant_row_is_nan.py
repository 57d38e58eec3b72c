"""Writes into out, but drops the special case of a constant row: `out[:] = (a - lo) / span`.
For a row whose elements are all equal, span is 0.0 and every element is 0.0 / 0.0 = NaN,
where the Rules ask for 0.0 (NumPy would warn; a compiled kernel says nothing)."""

CAUGHT_BY = ("test_scale_rows_writes_every_element_of_out", "test_scale_rows_on_any_rows")

import numba  # noqa: E402


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
def scale_rows(a, out):
    lo = a.min()
    out[:] = (a - lo) / (a.max() - lo)
