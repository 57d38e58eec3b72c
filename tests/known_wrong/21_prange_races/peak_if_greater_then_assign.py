"""Writes the max as `if a[i] > m: m = a[i]` inside the prange, started at -inf.

Plausible: the textbook serial max. But numba recognises only `m = max(m, a[i])` (and the
in-place operators) as a reduction; this `m` becomes a private copy per thread and every
update is lost: peak returns -inf, on one thread as on many, with no warning.
"""

CAUGHT_BY = ("test_peak_matches_the_largest_element", "test_peak_has_no_race")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def peak(a):
    m = -np.inf
    for i in numba.prange(a.shape[0]):
        if a[i] > m:
            m = a[i]
    return m
