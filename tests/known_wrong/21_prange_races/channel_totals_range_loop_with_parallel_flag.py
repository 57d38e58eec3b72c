"""Makes the race go away by turning prange back into range, but keeps parallel=True.

Plausible: right totals on any number of threads, and numba accepts parallel=True. But the
only parallel loop left is np.zeros(4): the loop over the samples runs on one thread.
"""

CAUGHT_BY = ("test_channel_totals_runs_its_loop_in_parallel",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def channel_totals(samples):
    totals = np.zeros(4)
    for i in range(samples.shape[0]):
        totals[i % 4] += samples[i]
    return totals
