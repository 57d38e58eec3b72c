"""Compiles both kernels with fastmath=True, the usual numba speed switch. It lets LLVM
assume no NaN (so x > threshold may become not x <= threshold, and a NaN counts above
everything) and rewrite a division by a loop-invariant span as a multiplication by its
reciprocal (one ulp off (a - min) / (max - min))."""

CAUGHT_BY = (
    "test_scale_rows_writes_every_element_of_out",
    "test_scale_rows_on_any_rows",
    "test_count_above_writes_every_element_of_out",
    "test_count_above_on_any_rows",
)

import numba  # noqa: E402


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)", fastmath=True)
def scale_rows(a, out):
    lo = a.min()
    span = a.max() - lo
    for i in range(a.shape[0]):
        out[i] = 0.0 if span == 0.0 else (a[i] - lo) / span


@numba.guvectorize(["void(float64[:], float64, int64[:])"], "(n),()->()", fastmath=True)
def count_above(a, threshold, out):
    count = 0
    for x in a:
        if x > threshold:
            count += 1
    out[0] = count
