"""Counts in a loop, then hands the count back the way a function returns: `out = count`.
The count is right, but a '()' output is a one-element array the kernel must write into
(out[0] = count); rebinding the name writes nothing."""

CAUGHT_BY = (
    "test_count_above_writes_every_element_of_out",
    "test_count_above_on_any_rows",
    "test_count_above_without_out_returns_a_new_array",
)

import numba  # noqa: E402


@numba.guvectorize(["void(float64[:], float64, int64[:])"], "(n),()->()")
def count_above(a, threshold, out):
    count = 0
    for x in a:
        if x > threshold:
            count += 1
    out = count  # noqa: F841
