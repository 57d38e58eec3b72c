"""Kata 12 · Silent recompiles: one compilation, many calls (covers J14, N01).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/12_recompilation` passes.
Stuck? `sharpbits hint 12` gives a hint (ask again for the next).
"""

import functools

import jax
import numba
import numpy as np

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


def sgd_step(w, x, y, lr):
    """One gradient-descent step on the mean squared error of the linear model x @ w."""
    grad = 2.0 * x.T @ (x @ w - y) / y.shape[0]
    return w - lr * grad


def train_rebuilding_jit(w, x, y, lrs):
    """One sgd_step per learning rate in lrs, each through a jax.jit made on the spot."""
    for lr in lrs:
        step = jax.jit(functools.partial(sgd_step, x=x, y=y, lr=lr))  # a new function each time
        w = step(w)
    return w


@numba.njit
def rms_any_input(a):
    """Root mean square of a 1-D array; numba compiles it for whatever array it is given."""
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i] * a[i]
    return np.sqrt(total / a.shape[0])


@numba.njit("float64(float64[:])")
def rms_float64_only(a):
    """The same, with an eager signature: compiled at import for float64 1-D arrays only."""
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i] * a[i]
    return np.sqrt(total / a.shape[0])


# --- YOUR CODE -------------------------------------------------------------------------------
# step builds a new jax.jit on every call, so train compiles once per learning rate, and rms
# hands numba every dtype and layout it is given, so rms_kernel compiles once per kind of
# array. Make step one jitted function that takes lr as an argument, and let train give it
# every lr as the same type. Let rms turn any input into one kind of array before calling
# rms_kernel. Keep step jitted and rms_kernel compiled by numba.


def step(w, x, y, lr):
    """One sgd_step, compiled by jax.jit."""
    return jax.jit(lambda w: sgd_step(w, x, y, lr))(w)


def train(w, x, y, lrs):
    """One step per learning rate in lrs (Python ints, floats or NumPy scalars); returns w."""
    for lr in lrs:
        w = step(w, x, y, lr)
    return w


@numba.njit
def rms_kernel(a):
    """Root mean square of a 1-D array, compiled by numba."""
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i] * a[i]
    return np.sqrt(total / a.shape[0])


def rms(a):
    """Root mean square of any 1-D array (any dtype, strided or read-only), by rms_kernel."""
    return rms_kernel(a)
