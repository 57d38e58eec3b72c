"""Four scalar reductions, one per channel, each updated under its own `if`.

Right: `s0 += ...` is a reduction numba recognises even when only some iterations update it;
each thread keeps private copies of s0..s3 and numba adds them after the loop."""

import numba
import numpy as np


@numba.njit(parallel=True)
def channel_totals(samples):
    s0 = 0.0
    s1 = 0.0
    s2 = 0.0
    s3 = 0.0
    for i in numba.prange(samples.shape[0]):
        k = i % 4
        if k == 0:
            s0 += samples[i]
        elif k == 1:
            s1 += samples[i]
        elif k == 2:
            s2 += samples[i]
        else:
            s3 += samples[i]
    return np.array([s0, s1, s2, s3])
