"""Kata 12 · Silent recompiles: one compilation, many calls (covers J14, N01).

Reference solution.
"""

import functools

import jax
import jax.numpy as jnp
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


# --- SOLUTION --------------------------------------------------------------------------------
# step is made by jax.jit once, at import, with lr as a traced argument: its cache key is the
# shapes and dtypes of the arguments, never their values. train hands it every learning rate
# as the same type (a float64 array), so int, float and np.float32 learning rates share one
# entry. rms copies any input into one kind of array, writable C-contiguous float64 (a
# read-only array, e.g. one viewed from a JAX array, is another numba type), and rms_kernel's
# eager signature makes any other kind fail loudly instead of compiling again.


@jax.jit
def step(w, x, y, lr):
    """One sgd_step, compiled by jax.jit."""
    return sgd_step(w, x, y, lr)


def train(w, x, y, lrs):
    """One step per learning rate in lrs (Python ints, floats or NumPy scalars); returns w."""
    for lr in lrs:
        w = step(w, x, y, jnp.asarray(lr, dtype=jnp.float64))
    return w


@numba.njit("float64(float64[::1])")
def rms_kernel(a):
    """Root mean square of a 1-D array, compiled by numba."""
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i] * a[i]
    return np.sqrt(total / a.shape[0])


def rms(a):
    """Root mean square of any 1-D array (any dtype, strided or read-only), by rms_kernel."""
    return rms_kernel(np.require(a, dtype=np.float64, requirements=["C", "W"]))
