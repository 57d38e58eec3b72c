"""A plain-Python add_noise that seeds numba's generator through a small @njit function, then
draws with the GIVEN @njit gaussian_noise (found by an outside review).

Right: seeding and drawing both happen in compiled code, serially, on numba's generator of
the calling thread, seeded with the argument on every call.
"""

import numba
import numpy as np


@numba.njit
def _seed(seed):
    np.random.seed(seed)


def add_noise(signal, sigma, seed):
    _seed(seed)
    return signal + sigma * gaussian_noise(signal.shape[0])  # noqa: F821 - in the reference
