"""Chunks of ceil(n / CHUNKS) samples, so that none is left out, but the last chunks are not
cut at n: they read past the end of the array (numba does not check bounds) and add whatever
memory follows into the totals."""

CAUGHT_BY = ("test_channel_totals_match_the_exact_sums",)

import numba  # noqa: E402
import numpy as np  # noqa: E402

CHUNKS = 64


@numba.njit(parallel=True)
def channel_totals(samples):
    size = (samples.shape[0] + CHUNKS - 1) // CHUNKS
    partial = np.zeros((CHUNKS, 4))
    for c in numba.prange(CHUNKS):
        for i in range(c * size, (c + 1) * size):
            partial[c, i % 4] += samples[i]
    return partial.sum(axis=0)
