"""Normalises the row where it lies, to save a temporary (a -= lo; a /= span), then copies it
into out. out is right, but a is the caller's own array: the gufunc hands the kernel each row
of it, not a copy, and the caller's readings come back rescaled."""

CAUGHT_BY = (
    "test_scale_rows_writes_every_element_of_out",
    "test_scale_rows_on_any_rows",
    "test_scale_rows_reads_and_writes_strided_views",
)

import numba  # noqa: E402


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
def scale_rows(a, out):
    lo = a.min()
    span = a.max() - lo
    a -= lo
    if span != 0.0:
        a /= span
    out[:] = a
