"""Divides once per row instead of once per element: `scale = 1.0 / span`, then
`out[i] = (a[i] - lo) * scale`, a classic speed-up. But 1.0 / span is rounded, and the product
is rounded again: (a - lo) * (1 / span) is off by one ulp from (a - lo) / span for some
elements (5 * (1 / 7) is not 5 / 7), and the Rules ask for (a - min) / (max - min) exactly."""

CAUGHT_BY = ("test_scale_rows_writes_every_element_of_out", "test_scale_rows_on_any_rows")

import numba  # noqa: E402


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
def scale_rows(a, out):
    lo = a.min()
    span = a.max() - lo
    scale = 0.0 if span == 0.0 else 1.0 / span
    for i in range(a.shape[0]):
        out[i] = (a[i] - lo) * scale
