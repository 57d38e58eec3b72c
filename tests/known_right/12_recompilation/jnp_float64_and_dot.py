"""train hands step jnp.float64(lr); the kernel sums with np.dot; rms requires "C" and "W".

Right: jnp.float64(lr) is a strongly typed float64 array, the same key for every learning
rate, holding the exact value of the scalar. np.dot(a, a) in numba is the same sum of
squares, and np.require(a, np.float64, "CW") copies only when it must.
"""

import jax.numpy as jnp
import numba
import numpy as np


def train(w, x, y, lrs):
    for lr in lrs:
        w = step(w, x, y, jnp.float64(lr))  # noqa: F821 - defined in the reference kata.py
    return w


@numba.njit("float64(float64[::1])")
def rms_kernel(a):
    return np.sqrt(np.dot(a, a) / a.shape[0])


def rms(a):
    return rms_kernel(np.require(a, dtype=np.float64, requirements="CW"))
