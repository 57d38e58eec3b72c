"""Writes the running total before adding the element (`out[i] = total; total += a[i]`): the
sum of the elements BEFORE i, an exclusive scan, shifted by one from np.cumsum."""

CAUGHT_BY = ("test_running_total_matches_the_sums_added_left_to_right",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def running_total(a):
    out = np.empty_like(a)
    total = 0.0
    for i in range(a.shape[0]):
        out[i] = total
        total += a[i]
    return out
