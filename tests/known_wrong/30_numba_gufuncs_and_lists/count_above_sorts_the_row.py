"""Sorts the row (NaN sorts last), then counts from the top down while the elements are above
the threshold: a count needs no order, but the sort is in place, on the caller's own array
(a gufunc hands the kernel each row of it, not a copy). The counts are right; a is not."""

CAUGHT_BY = (
    "test_count_above_writes_every_element_of_out",
    "test_count_above_on_any_rows",
    "test_count_above_reads_and_writes_strided_views",
)

import numba  # noqa: E402


@numba.guvectorize(["void(float64[:], float64, int64[:])"], "(n),()->()")
def count_above(a, threshold, out):
    a.sort()
    count = 0
    for i in range(a.shape[0] - 1, -1, -1):
        if a[i] > threshold:
            count += 1
        elif a[i] == a[i]:  # at or below, and not NaN: so is everything before it
            break
    out[0] = count
