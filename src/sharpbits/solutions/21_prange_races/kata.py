"""Kata 21 · prange races: reductions numba sees, and writes it doesn't (covers N10, N11, N12).

Reference solution.
"""

import numba
import numpy as np

# --- GIVEN: the pitfalls exactly as the lecture shows them. Do not edit. --------------------
# `samples` holds 4 interleaved channels: samples[0::4] is channel 0, samples[1::4] channel 1.


@numba.njit(parallel=True)
def channel_totals_racy(samples):
    """Total of each of the 4 channels: every iteration adds into a shared slot (N10)."""
    totals = np.zeros(4)
    for i in numba.prange(samples.shape[0]):
        totals[i % 4] += samples[i]
    return totals


@numba.njit
def channel_totals_njit(samples):
    """The same loop under plain @njit: prange runs as a serial range, silently (N12)."""
    totals = np.zeros(4)
    for i in numba.prange(samples.shape[0]):
        totals[i % 4] += samples[i]
    return totals


@numba.njit(parallel=True)
def running_total_prange(a):
    """out[i] = a[0] + ... + a[i], each step reading the one before, in a prange (N11)."""
    out = np.empty_like(a)
    out[0] = a[0]
    for i in numba.prange(1, a.shape[0]):
        out[i] = out[i - 1] + a[i]
    return out


@numba.njit(parallel=True)
def peak_from_zero(a):
    """The largest element of a: a max reduction started at 0.0 (N11)."""
    m = 0.0
    for i in numba.prange(a.shape[0]):
        m = max(m, a[i])
    return m


@numba.njit(parallel=True)
def peak_range_loop(a):
    """The right start, but a plain range loop: parallel=True finds nothing to do (N12)."""
    m = -np.inf
    for i in range(a.shape[0]):
        m = max(m, a[i])
    return m


# --- SOLUTION --------------------------------------------------------------------------------
# channel_totals: per-chunk private accumulators. The prange runs over N_CHUNKS chunks, and
# chunk c adds only into row c of `partial`, so no two iterations ever touch the same slot;
# the rows are summed after the loop. The chunk count is fixed, so the result does not depend
# on how many threads run it. (Here `totals[k] = samples[k::4].sum()` in a prange over the 4
# channels works too, and so do four scalar reductions.)
# running_total: each step needs the one before, so the loop stays serial: plain @njit, range.
# peak: the same max reduction, started from the identity of max, -inf, not from 0.0.

N_CHUNKS = 64


@numba.njit(parallel=True)
def channel_totals(samples):
    """Totals of the 4 interleaved channels, [samples[0::4].sum(), ..., samples[3::4].sum()].

    Parallel (parallel=True and a prange loop over the data), without a race.
    """
    n = samples.shape[0]
    partial = np.zeros((N_CHUNKS, 4))
    for c in numba.prange(N_CHUNKS):
        for i in range(c * n // N_CHUNKS, (c + 1) * n // N_CHUNKS):
            partial[c, i % 4] += samples[i]
    return partial.sum(axis=0)


@numba.njit
def running_total(a):
    """The running total of a non-empty 1-D array: the same numbers as np.cumsum(a)."""
    out = np.empty_like(a)
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i]
        out[i] = total
    return out


@numba.njit(parallel=True)
def peak(a):
    """The largest element of a non-empty 1-D array, as a parallel max reduction."""
    m = -np.inf
    for i in numba.prange(a.shape[0]):
        m = max(m, a[i])
    return m
