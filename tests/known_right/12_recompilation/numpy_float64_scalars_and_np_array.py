"""train hands step np.float64(lr); rms copies with np.array and the kernel takes float64[:].

Right: an np.float64 scalar is a strongly typed float64 for jax.jit, one key for every
learning rate. np.array(a, dtype=np.float64) always copies into a writable C-contiguous
array, which the eager `float64[:]` signature accepts; every other kind would raise.
"""

import jax
import numba
import numpy as np


@jax.jit
def step(w, x, y, lr):
    return sgd_step(w, x, y, lr)  # noqa: F821 - defined in the reference kata.py


def train(w, x, y, lrs):
    for lr in lrs:
        w = step(w, x, y, np.float64(lr))
    return w


@numba.njit("float64(float64[:])")
def rms_kernel(a):
    total = 0.0
    for x in a:
        total += x * x
    return np.sqrt(total / len(a))


def rms(a):
    return rms_kernel(np.array(a, dtype=np.float64))
