"""Reads the slot into a local, adds, writes it back: the same race in three lines.

Plausible: `t += samples[i]` on a local looks like the scalar reduction numba recognises. But
t is private only between the read and the write; two threads can still read the same old
total and one of the two updates is lost. Right on one thread, so only the structure shows it.
"""

CAUGHT_BY = ("test_channel_totals_has_no_race",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def channel_totals(samples):
    totals = np.zeros(4)
    for i in numba.prange(samples.shape[0]):
        k = i % 4
        t = totals[k]
        t += samples[i]
        totals[k] = t
    return totals
