"""The right serial loop, with parallel=True left on: numba finds nothing to parallelise.

Plausible: the values are right and numba only prints a NumbaPerformanceWarning, which is
easy to miss. The flag asks for threads the function never uses.
"""

CAUGHT_BY = ("test_running_total_has_no_idle_parallel_flag",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def running_total(a):
    out = np.empty_like(a)
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i]
        out[i] = total
    return out
