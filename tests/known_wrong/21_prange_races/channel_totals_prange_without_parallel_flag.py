"""Drops parallel=True and keeps prange: right totals, no warning, and no parallelism.

Plausible: "the race came with parallel=True"; prange still reads as a parallel loop. Under
plain @njit numba compiles prange as range, silently.
"""

CAUGHT_BY = (
    "test_channel_totals_is_compiled_in_parallel_mode",
    "test_channel_totals_runs_its_loop_in_parallel",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def channel_totals(samples):
    totals = np.zeros(4)
    for i in numba.prange(samples.shape[0]):
        totals[i % 4] += samples[i]
    return totals
