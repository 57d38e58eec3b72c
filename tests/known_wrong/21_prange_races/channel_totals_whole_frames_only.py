"""One prange iteration per frame of 4 samples, each writing its own row: race-free, and the
4 channels line up. But `n // 4` frames leave out the last n % 4 samples when the length is not
a multiple of 4."""

CAUGHT_BY = ("test_channel_totals_match_the_exact_sums",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def channel_totals(samples):
    frames = samples.shape[0] // 4
    partial = np.zeros((frames, 4))
    for f in numba.prange(frames):
        for k in range(4):
            partial[f, k] = samples[4 * f + k]
    return partial.sum(axis=0)
