"""A running total as a prange scalar reduction, writing the running value into out[i].

Plausible: `total += a[i]` is a reduction numba recognises, and no out[i - 1] is read. But
numba gives every thread its own `total`, starting from 0.0, and combines them only after the
loop: inside it, `total` is one thread's partial sum. Right on one thread, wrong on two.
"""

CAUGHT_BY = ("test_running_total_has_no_cross_iteration_dependency",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def running_total(a):
    out = np.empty_like(a)
    total = 0.0
    for i in numba.prange(a.shape[0]):
        total += a[i]
        out[i] = total
    return out
