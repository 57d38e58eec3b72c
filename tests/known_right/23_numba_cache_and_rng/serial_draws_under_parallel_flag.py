"""Keeps parallel=True on add_noise for the final array expression, but draws the noise in a
serial range loop after seeding.

Right: only `signal + sigma * noise` becomes a parallel loop, and it draws nothing; every draw
is made by the calling thread, from the generator state np.random.seed(seed) has just reset, so
the noise is the same on any number of threads."""

import numba
import numpy as np


@numba.njit(parallel=True)
def add_noise(signal, sigma, seed):
    np.random.seed(seed)
    noise = np.empty(signal.shape[0])
    for i in range(signal.shape[0]):
        noise[i] = np.random.standard_normal()
    return signal + sigma * noise
