"""Kata 23 · Numba's on-disk cache and random numbers (covers N19, N22).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/23_numba_cache_and_rng` passes.
Stuck? `sharpbits hint 23` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# apply_gain_kernel takes the gain as an argument but still multiplies by the global GAIN, which
# cache=True froze into the machine code of the first process that compiled it. add_noise seeds
# NumPy's generator, which numba's compiled code never reads. Rewrite both: the kernel must use
# its argument (and stay cached), and add_noise must give the same noise for the same seed.


@numba.njit(cache=True)
def apply_gain_kernel(x, gain):
    """x * gain, compiled once and cached on disk for the next process."""
    return x * GAIN


def apply_gain(x):
    """x times the gain this process was started with (KATA23_GAIN). Plain Python."""
    return apply_gain_kernel(x, GAIN)


def add_noise(signal, sigma, seed):
    """signal + sigma * standard normal noise: the same noise for the same seed."""
    np.random.seed(seed)
    return signal + sigma * gaussian_noise(signal.shape[0])
