"""Seeds inside and draws one number per element in a numba.prange loop: the iterations are
independent, so "it parallelises cleanly". But each thread draws from its own generator state,
which the seed did not reset: reproducible on one thread, not on two."""

CAUGHT_BY = ("test_add_noise_draws_no_random_numbers_in_a_parallel_loop",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def add_noise(signal, sigma, seed):
    np.random.seed(seed)
    out = np.empty_like(signal)
    for i in numba.prange(signal.shape[0]):
        out[i] = signal[i] + sigma * np.random.standard_normal()
    return out
