"""Types the rows float64[::1], "contiguous", as one does in @njit signatures for speed. A
gufunc hands the kernel each row with its own strides: a row of a view (every other column,
the columns of a transposed array, an out= view) is not contiguous, and a kernel compiled for
[::1] reads (and writes) the elements next to each other in memory instead, with no error.
Arrays made fresh are contiguous, so every other check passes."""

CAUGHT_BY = (
    "test_scale_rows_reads_and_writes_strided_views",
    "test_count_above_reads_and_writes_strided_views",
)

import numba  # noqa: E402


@numba.guvectorize(["void(float64[::1], float64[::1])"], "(n)->(n)")
def scale_rows(a, out):
    lo = a.min()
    span = a.max() - lo
    for i in range(a.shape[0]):
        out[i] = 0.0 if span == 0.0 else (a[i] - lo) / span


@numba.guvectorize(["void(float64[::1], float64, int64[:])"], "(n),()->()")
def count_above(a, threshold, out):
    count = 0
    for i in range(a.shape[0]):
        if a[i] > threshold:
            count += 1
    out[0] = count
