"""Counts every element that is not at or below the threshold (`if x <= threshold:
continue`), which reads the same as "above". Not for NaN: a NaN is neither above nor at or
below anything, so it is counted here (and every element counts against a NaN threshold),
while the Rules count only elements strictly greater."""

CAUGHT_BY = ("test_count_above_writes_every_element_of_out", "test_count_above_on_any_rows")

import numba  # noqa: E402


@numba.guvectorize(["void(float64[:], float64, int64[:])"], "(n),()->()")
def count_above(a, threshold, out):
    count = 0
    for x in a:
        if x <= threshold:
            continue
        count += 1
    out[0] = count
