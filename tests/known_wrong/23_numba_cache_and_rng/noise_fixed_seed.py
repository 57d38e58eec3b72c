"""Seeds inside the compiled function, as the fix says, but with a constant: reproducible,
compiled and normal, and the same noise whatever seed is asked for."""

CAUGHT_BY = ("test_add_noise_depends_on_the_seed",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def add_noise(signal, sigma, seed):
    np.random.seed(0)
    return signal + sigma * np.random.standard_normal(signal.shape[0])
