"""Gives up on numba's generator: add_noise draws with np.random.default_rng(seed) in plain
Python. Reproducible and normal, but nothing is compiled any more."""

CAUGHT_BY = ("test_add_noise_draws_in_compiled_code",)

import numpy as np  # noqa: E402


def add_noise(signal, sigma, seed):
    rng = np.random.default_rng(seed)
    return signal + sigma * rng.standard_normal(signal.shape[0])
