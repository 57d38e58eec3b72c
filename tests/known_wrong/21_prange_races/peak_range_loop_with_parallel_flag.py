"""Starts at -inf, as it should, but loops with range: parallel=True parallelises nothing.

Plausible: right on every input, and the NumbaPerformanceWarning is only shown, not raised.
"""

CAUGHT_BY = ("test_peak_runs_its_loop_in_parallel",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def peak(a):
    m = -np.inf
    for i in range(a.shape[0]):
        m = max(m, a[i])
    return m
