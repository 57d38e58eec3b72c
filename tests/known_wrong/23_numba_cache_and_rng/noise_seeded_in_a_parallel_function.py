"""Seeds numba's generator inside add_noise, as the fix says, and adds parallel=True "for speed".
Under parallel=True numba turns np.random.standard_normal(n) into a parallel loop: every thread
draws from its own generator state, and np.random.seed(seed) reset only the calling thread's.
On one thread the noise is reproducible; on two, part of it changes from call to call."""

CAUGHT_BY = ("test_add_noise_draws_no_random_numbers_in_a_parallel_loop",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def add_noise(signal, sigma, seed):
    np.random.seed(seed)
    return signal + sigma * np.random.standard_normal(signal.shape[0])
