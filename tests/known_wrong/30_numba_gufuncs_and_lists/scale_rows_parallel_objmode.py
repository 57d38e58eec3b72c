"""Runs on the parallel target, with the row's arithmetic in a numba.objmode block ("NumPy
does it anyway"). A target="parallel" gufunc is a bare NumPy ufunc whose loops take float64,
so it looks compiled; but the objmode block runs as Python objects, under the GIL, once per
row. The Rules ask for nopython code on either target."""

CAUGHT_BY = ("test_scale_rows_stays_a_compiled_gufunc",)

import numba  # noqa: E402


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)", target="parallel")
def scale_rows(a, out):
    with numba.objmode():
        lo = a.min()
        span = a.max() - lo
        out[:] = 0.0 if span == 0.0 else (a - lo) / span
