"""Draws with np.random.normal(0.0, sigma ** 2, n), reading sigma as the variance ("normal(mu,
sigma^2)" as statistics books write it). NumPy's and numba's normal take the standard
deviation: with sigma = 0.5 the noise is half as wide as asked."""

CAUGHT_BY = ("test_add_noise_adds_standard_normal_noise_scaled_by_sigma",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def add_noise(signal, sigma, seed):
    np.random.seed(seed)
    return signal + np.random.normal(0.0, sigma**2, signal.shape[0])
