"""Kata 21 · prange races: reductions numba sees, and writes it doesn't (covers N10, N11, N12).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/21_prange_races` passes.
Stuck? `sharpbits hint 21` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# All three are still the broken code above. A prange loop runs its iterations in chunks, one
# chunk per thread, at the same time: `totals[i % 4] += ...` lets two threads update the same
# slot at once (updates get lost), `out[i - 1]` may not be written yet when iteration i reads
# it, and a max reduction starts every thread from the value before the loop (0.0). Fix each
# one: parallel where the rules say so, and no iteration touching what another one writes.


@numba.njit(parallel=True)
def channel_totals(samples):
    """Totals of the 4 interleaved channels, [samples[0::4].sum(), ..., samples[3::4].sum()].

    Parallel (parallel=True and a prange loop over the data), without a race.
    """
    totals = np.zeros(4)
    for i in numba.prange(samples.shape[0]):
        totals[i % 4] += samples[i]
    return totals


@numba.njit(parallel=True)
def running_total(a):
    """The running total of a non-empty 1-D array: the same numbers as np.cumsum(a)."""
    out = np.empty_like(a)
    out[0] = a[0]
    for i in numba.prange(1, a.shape[0]):
        out[i] = out[i - 1] + a[i]
    return out


@numba.njit(parallel=True)
def peak(a):
    """The largest element of a non-empty 1-D array, as a parallel max reduction."""
    m = 0.0
    for i in numba.prange(a.shape[0]):
        m = max(m, a[i])
    return m
