"""Kata 23 · Numba's on-disk cache and random numbers (covers N19, N22).

Reference solution.
"""

import os

import numba
import numpy as np

# --- GIVEN: the pitfalls exactly as the lecture shows them. Do not edit. --------------------

GAIN = float(os.environ.get("KATA23_GAIN", "1.0"))  # read once per process, at import


@numba.njit(cache=True)
def apply_gain_global(x):
    """x * GAIN, compiled once and cached on disk for the next process."""
    return x * GAIN


@numba.njit
def gaussian_noise(n):
    """n draws from the standard normal distribution, made inside numba."""
    return np.random.standard_normal(n)


def noise_seeded_outside(n, seed):
    """Seeds np.random in Python, then draws n normal numbers inside numba."""
    np.random.seed(seed)
    return gaussian_noise(n)


# KATA23_GAIN=2 python -c "...apply_gain_global(1.0)"  ->  2.0 (compiled, written to the cache)
# KATA23_GAIN=3 python -c "...apply_gain_global(1.0)"  ->  2.0 (loaded from the cache: stale)
# noise_seeded_outside(3, 0) twice                      ->  two different arrays


# --- SOLUTION --------------------------------------------------------------------------------
# numba's cache is keyed by the source file, the function's bytecode, the argument types and the
# machine, never by the values of the globals the function reads: a global is a constant of the
# cached machine code. So the gain travels as an argument, and the process's own value reaches
# the cached kernel on every call. numba has its own Mersenne Twister, a copy of np.random's
# legacy one that Python-side np.random.seed never touches: add_noise seeds it inside compiled
# code, so the same seed gives the same draws (the very draws np.random.seed(seed) then
# np.random.standard_normal give in Python). Passing np.random.default_rng(seed) into an @njit
# function that draws from it works too (numba accepts Generator objects as arguments). Either
# way the draws stay serial: under parallel=True each thread has its own generator state.


@numba.njit(cache=True)
def apply_gain_kernel(x, gain):
    """x * gain, compiled once and cached on disk for the next process."""
    return x * gain


def apply_gain(x):
    """x times the gain this process was started with (KATA23_GAIN). Plain Python."""
    return apply_gain_kernel(x, GAIN)


@numba.njit
def add_noise(signal, sigma, seed):
    """signal + sigma * standard normal noise: the same noise for the same seed."""
    np.random.seed(seed)
    return signal + sigma * np.random.standard_normal(signal.shape[0])
