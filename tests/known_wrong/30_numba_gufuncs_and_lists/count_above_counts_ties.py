"""Counts the elements at or above the threshold (`>=`): "above the limit" read loosely. The
Rules ask for strictly greater: an element equal to the threshold is not counted."""

CAUGHT_BY = ("test_count_above_writes_every_element_of_out", "test_count_above_on_any_rows")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.guvectorize(["void(float64[:], float64, int64[:])"], "(n),()->()")
def count_above(a, threshold, out):
    out[0] = np.sum(a >= threshold)
