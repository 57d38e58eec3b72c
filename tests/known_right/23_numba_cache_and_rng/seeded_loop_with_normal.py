"""Seeds numba's generator inside the compiled function and draws one np.random.normal(0, sigma)
per element in a serial loop, into a new array.

Right: the seed resets numba's generator on every call, the loop draws serially (one thread),
and normal(0, sigma) is sigma times a standard normal draw (0.0 exactly when sigma is 0)."""

import numba
import numpy as np


@numba.njit
def add_noise(signal, sigma, seed):
    np.random.seed(seed)
    out = np.empty(signal.shape[0])
    for i in range(signal.shape[0]):
        out[i] = signal[i] + np.random.normal(0.0, sigma)
    return out
