"""step is jax.jit(sgd_step) itself; train passes float(lr); rms copies with astype(np.float64).

Right: jax.jit called on sgd_step once, at import, is the same jitted step. float() turns every
learning rate into a Python float, one weakly typed float64 key, with the exact value of an
np.float32. astype always copies into a new writable, C-contiguous float64 array, so the
kernel, left lazy, compiles exactly one signature.
"""

import jax
import numba
import numpy as np

step = jax.jit(sgd_step)  # noqa: F821 - defined in the reference kata.py


def train(w, x, y, lrs):
    for lr in lrs:
        w = step(w, x, y, float(lr))
    return w


@numba.njit
def rms_kernel(a):
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i] * a[i]
    return np.sqrt(total / a.shape[0])


def rms(a):
    return rms_kernel(a.astype(np.float64))
