"""Private per-chunk rows, as the fix says, but in float32 ("half the memory, and the rows are
only partial sums"). Each addition rounds to 24 bits: the totals are off in the 7th digit
(exact only while the data are small whole numbers)."""

CAUGHT_BY = ("test_channel_totals_match_the_exact_sums",)

import numba  # noqa: E402
import numpy as np  # noqa: E402

CHUNKS = 64


@numba.njit(parallel=True)
def channel_totals(samples):
    n = samples.shape[0]
    partial = np.zeros((CHUNKS, 4), dtype=np.float32)
    for c in numba.prange(CHUNKS):
        for i in range(c * n // CHUNKS, (c + 1) * n // CHUNKS):
            partial[c, i % 4] += samples[i]
    return partial.sum(axis=0).astype(np.float64)
