"""The lecture's `out[i] = out[i - 1] + a[i]`, made serial, on a zeroed output, but without the
`out[0] = a[0]` the prange version had before the loop: out[0] stays 0.0 and every running
total misses a[0]."""

CAUGHT_BY = ("test_running_total_matches_the_sums_added_left_to_right",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def running_total(a):
    out = np.zeros_like(a)
    for i in range(1, a.shape[0]):
        out[i] = out[i - 1] + a[i]
    return out
