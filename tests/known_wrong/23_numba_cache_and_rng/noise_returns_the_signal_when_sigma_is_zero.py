"""add_noise short-cuts sigma == 0 by returning `signal` itself, "to save a copy".

Plausible, and found by an outside review (the judge accepted it): the values are right
everywhere. Wrong: for sigma == 0 the result is the caller's own array, not a new one, so
writing into the result changes the signal (the Rules: "a new float64 array").
"""

CAUGHT_BY = ("test_add_noise_adds_standard_normal_noise_scaled_by_sigma",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def add_noise(signal, sigma, seed):
    if sigma == 0.0:
        return signal
    np.random.seed(seed)
    return signal + sigma * np.random.standard_normal(signal.shape[0])
