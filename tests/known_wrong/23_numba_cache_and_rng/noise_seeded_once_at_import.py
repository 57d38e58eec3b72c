"""Seeds numba's generator once, at import, the way a script seeds once at the top: compiled
and normal, but the seed argument is ignored and every call continues the one stream, so the
same seed gives different noise on the second call."""

CAUGHT_BY = ("test_add_noise_is_reproducible_from_its_seed",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def _seed_numba(seed):
    np.random.seed(seed)


_seed_numba(0)


@numba.njit
def add_noise(signal, sigma, seed):
    return signal + sigma * np.random.standard_normal(signal.shape[0])
