"""Seeds inside, then fills the noise in a numba.prange loop that calls a small @njit helper for
each draw ("the helper is serial code"). The helper runs on whichever thread runs the iteration,
drawing from that thread's generator state, which np.random.seed(seed) did not reset."""

CAUGHT_BY = ("test_add_noise_draws_no_random_numbers_in_a_parallel_loop",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def _one_draw():
    return np.random.standard_normal()


@numba.njit(parallel=True)
def add_noise(signal, sigma, seed):
    np.random.seed(seed)
    out = np.empty_like(signal)
    for i in numba.prange(signal.shape[0]):
        out[i] = signal[i] + sigma * _one_draw()
    return out
