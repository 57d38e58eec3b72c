"""Writes (lo - a[i]) / (lo - hi): the same fraction with both signs flipped, as it comes out of
"how far below the top" algebra. Every quotient equals NumPy's, except at the minimum:
lo - lo is +0.0 and +0.0 / (lo - hi), a negative number, is -0.0. -0.0 == 0.0, so a value
check passes it, but the Rules ask for NumPy's result bit for bit (1 / -0.0 is -inf)."""

CAUGHT_BY = (
    "test_scale_rows_writes_every_element_of_out",
    "test_scale_rows_on_any_rows",
    "test_scale_rows_reads_and_writes_strided_views",
)

import numba  # noqa: E402


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
def scale_rows(a, out):
    lo = a.min()
    hi = a.max()
    for i in range(a.shape[0]):
        out[i] = 0.0 if hi == lo else (lo - a[i]) / (lo - hi)
