"""Rebinds out to a copy of the result (`out = ((a - lo) / span).copy()`), "so that out owns
its memory". But out is still only a local name: the gufunc's output array, made before the
kernel ran, is never written, and the caller's out= keeps its sentinel."""

CAUGHT_BY = (
    "test_scale_rows_writes_every_element_of_out",
    "test_scale_rows_on_any_rows",
    "test_scale_rows_without_out_returns_a_new_array",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
def scale_rows(a, out):
    lo = a.min()
    span = a.max() - lo
    if span == 0.0:
        out = np.zeros(a.shape[0])
        return
    out = ((a - lo) / span).copy()  # noqa: F841
