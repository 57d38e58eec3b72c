"""Starts the max reduction at -1e300, "far below anything in the data". Float64 goes down to
-1.797e308: for an array of elements below -1e300 (or of -infs) peak returns -1e300."""

CAUGHT_BY = ("test_peak_matches_the_largest_element",)

import numba  # noqa: E402


@numba.njit(parallel=True)
def peak(a):
    m = -1e300
    for i in numba.prange(a.shape[0]):
        m = max(m, a[i])
    return m
