"""Lets numba do the reduction: every iteration adds a one-hot row into `totals += row`, a
whole-array reduction.

Right: a whole-array `+=` on an array made before the prange is a reduction numba recognises
(its docs show one): each thread adds into its own copy of totals, and numba adds the copies
after the loop, so no update is lost on any number of threads."""

import numba
import numpy as np


@numba.njit(parallel=True)
def channel_totals(samples):
    totals = np.zeros(4)
    for i in numba.prange(samples.shape[0]):
        row = np.zeros(4)
        row[i % 4] = samples[i]
        totals += row
    return totals
