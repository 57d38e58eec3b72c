"""Chunks of `n // CHUNKS` samples each: chunk c runs from c * size to (c + 1) * size. When n is
not a multiple of the chunk count the last n % CHUNKS samples belong to no chunk (and with
fewer samples than chunks, size is 0: every total is 0.0)."""

CAUGHT_BY = ("test_channel_totals_match_the_exact_sums",)

import numba  # noqa: E402
import numpy as np  # noqa: E402

CHUNKS = 64


@numba.njit(parallel=True)
def channel_totals(samples):
    size = samples.shape[0] // CHUNKS
    partial = np.zeros((CHUNKS, 4))
    for c in numba.prange(CHUNKS):
        for i in range(c * size, (c + 1) * size):
            partial[c, i % 4] += samples[i]
    return partial.sum(axis=0)
