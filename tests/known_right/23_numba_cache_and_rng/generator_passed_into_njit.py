"""Passes a np.random.Generator into the compiled code: add_noise is plain Python, builds
np.random.default_rng(seed) and hands it to an @numba.njit function that draws from it.

Right: numba accepts Generator objects as arguments and draws from their bit generator in
compiled code (the same numbers NumPy's Generator would give); a new Generator from the same
seed gives the same noise on every call, whatever was drawn before anywhere else."""

import numba
import numpy as np


@numba.njit
def _noisy(signal, sigma, rng):
    return signal + sigma * rng.standard_normal(signal.shape[0])


def add_noise(signal, sigma, seed):
    return _noisy(signal, sigma, np.random.default_rng(seed))
