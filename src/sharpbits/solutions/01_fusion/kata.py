"""Kata 01 · Fusion: one compiled loop for the quadratic formula (covers N01, J13).

Reference solution.
"""

import time

import jax
import jax.numpy as jnp
import numba
import numpy as np

# --- GIVEN: the NumPy version and the naive way to time it. Do not edit. --------------------


def quadratic_numpy(a, b, c):
    """(-b + sqrt(b**2 - 4ac)) / (2a) with NumPy: nine temporary arrays, nine passes."""
    return (-b + np.sqrt(b**2 - 4 * a * c)) / (2 * a)


def time_naively(fn, *args):
    """How NOT to time a JIT-compiled function: one call, no warm-up, no waiting.

    Returns (seconds, result).
    """
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


# --- SOLUTION --------------------------------------------------------------------------------
# One pass over memory: each element's discriminant, root and quotient stay in registers, so
# the loop reads a, b, c once and writes out once. prange splits that loop across threads;
# XLA fuses the jax.numpy expression into the same single loop on its own.


@numba.njit
def quadratic_numba(a, b, c):
    """Numba: @numba.njit, one loop over the elements, no temporary arrays."""
    out = np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = (-b[i] + np.sqrt(b[i] ** 2 - 4 * a[i] * c[i])) / (2 * a[i])
    return out


@numba.njit(parallel=True)
def quadratic_numba_parallel(a, b, c):
    """Numba, multi-threaded: @numba.njit(parallel=True) and a numba.prange loop."""
    out = np.empty_like(a)
    for i in numba.prange(a.shape[0]):
        out[i] = (-b[i] + np.sqrt(b[i] ** 2 - 4 * a[i] * c[i])) / (2 * a[i])
    return out


@jax.jit
def quadratic_jax(a, b, c):
    """JAX: the formula in jax.numpy, compiled with jax.jit (XLA fuses it into one loop)."""
    return (-b + jnp.sqrt(b**2 - 4 * a * c)) / (2 * a)
