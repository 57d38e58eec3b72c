"""Passes np.random.default_rng(seed) into a parallel kernel and draws from it in a prange. All
threads share the one Generator's state, unsynchronised: on two threads which draw lands in
which element depends on how the threads interleave; on one it is the serial stream."""

CAUGHT_BY = ("test_add_noise_draws_no_random_numbers_in_a_parallel_loop",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def _noisy(signal, sigma, rng):
    out = np.empty_like(signal)
    for i in numba.prange(signal.shape[0]):
        out[i] = signal[i] + sigma * rng.standard_normal()
    return out


def add_noise(signal, sigma, seed):
    return _noisy(signal, sigma, np.random.default_rng(seed))
