"""Adds the noise into the signal in place, `signal += ...`, and returns it ("no extra array").
The caller's signal is overwritten: the next call with the same signal and seed adds the noise
a second time."""

CAUGHT_BY = (
    "test_add_noise_is_reproducible_from_its_seed",
    "test_add_noise_adds_standard_normal_noise_scaled_by_sigma",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def add_noise(signal, sigma, seed):
    np.random.seed(seed)
    signal += sigma * np.random.standard_normal(signal.shape[0])
    return signal
