"""Keeps add_noise a Python function, but seeds numba's own generator from compiled code (a small
@numba.njit helper) before drawing with the GIVEN gaussian_noise; the kernel keeps a default
gain.

Right: the seed reaches the generator numba draws from, and the draws are made in compiled code;
a default argument is only a default: apply_gain passes this process's GAIN on every call."""

import numba
import numpy as np


@numba.njit
def _seed_numba(seed):
    np.random.seed(seed)


def add_noise(signal, sigma, seed):
    _seed_numba(seed)
    return signal + sigma * gaussian_noise(signal.shape[0])  # noqa: F821 - GIVEN in kata.py


@numba.njit(cache=True)
def apply_gain_kernel(x, gain=1.0):
    return gain * x
