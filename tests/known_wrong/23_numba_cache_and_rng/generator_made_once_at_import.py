"""Passes a np.random.Generator into the compiled code, but makes it once, at import, from a fixed
seed, "seed once at the top": every call continues the one stream, so the same seed gives other
noise on the second call, and the seed argument is ignored."""

CAUGHT_BY = ("test_add_noise_is_reproducible_from_its_seed",)

import numba  # noqa: E402
import numpy as np  # noqa: E402

RNG = np.random.default_rng(0)


@numba.njit
def _noisy(signal, sigma, rng):
    return signal + sigma * rng.standard_normal(signal.shape[0])


def add_noise(signal, sigma, seed):
    return _noisy(signal, sigma, RNG)
