"""One row of partial totals per thread, picked with numba.get_thread_id() (numba's documented
pattern), a running total with np.cumsum under plain @njit, and the max as NumPy's a.max()
under parallel=True.

Right: no two threads run at once with the same thread id, so each row is private; np.cumsum is
the serial scan itself; parallel=True turns a.max() into a parallel max reduction of its own."""

import numba
import numpy as np


@numba.njit(parallel=True)
def channel_totals(samples):
    partial = np.zeros((numba.get_num_threads(), 4))
    for i in numba.prange(samples.shape[0]):
        partial[numba.get_thread_id(), i % 4] += samples[i]
    return partial.sum(axis=0)


@numba.njit
def running_total(a):
    return np.cumsum(a)


@numba.njit(parallel=True)
def peak(a):
    return a.max()
