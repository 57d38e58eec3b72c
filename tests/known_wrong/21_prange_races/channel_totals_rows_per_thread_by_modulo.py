"""One row of partial totals per thread, picked with `i % numba.get_num_threads()`.

Plausible, and in numba's own docs as what NOT to do: the prange index says nothing about
which thread runs an iteration, so iterations i and i + n_threads, run by different threads,
share a row. With one thread (NUMBA_NUM_THREADS=1) there is one row and the totals are right.
"""

CAUGHT_BY = ("test_channel_totals_has_no_race",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def channel_totals(samples):
    n_threads = numba.get_num_threads()
    partial = np.zeros((n_threads, 4))
    for i in numba.prange(samples.shape[0]):
        partial[i % n_threads, i % 4] += samples[i]
    return partial.sum(axis=0)
