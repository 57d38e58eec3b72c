"""Chunks taken with a stride (chunk c adds samples c, c + CHUNKS, c + 2 * CHUNKS, ...), the
lecture's `out[i] = out[i - 1] + a[i]` in a serial loop, and the max as `m = max(a[i], m)`.

Right: chunk c writes only row c; the serial loop reads out[i - 1] after writing it; max is
symmetric, and numba recognises the reduction either way round."""

import numba
import numpy as np

CHUNKS = 16


@numba.njit(parallel=True)
def channel_totals(samples):
    partial = np.zeros((CHUNKS, 4))
    for c in numba.prange(CHUNKS):
        for i in range(c, samples.shape[0], CHUNKS):
            partial[c, i % 4] += samples[i]
    return partial.sum(axis=0)


@numba.njit
def running_total(a):
    out = np.empty_like(a)
    out[0] = a[0]
    for i in range(1, a.shape[0]):
        out[i] = out[i - 1] + a[i]
    return out


@numba.njit(parallel=True)
def peak(a):
    m = -np.inf
    for i in numba.prange(a.shape[0]):
        m = max(a[i], m)
    return m
