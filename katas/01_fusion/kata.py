"""Kata 01 · Fusion: one compiled loop for the quadratic formula (covers N01, J13).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/01_fusion` passes.
Stuck? `sharpbits hint 01` gives a hint (ask again for the next).
"""

import time

import jax  # noqa: F401 - for your code
import jax.numpy as jnp  # noqa: F401 - for your code
import numba  # noqa: F401 - for your code
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


# --- YOUR CODE -------------------------------------------------------------------------------
# Three compiled versions of quadratic_numpy. They start as copies of the NumPy code, which
# gives the right numbers but compiles nothing: make each one a real compiled function.


def quadratic_numba(a, b, c):
    """Numba: @numba.njit, one loop over the elements, no temporary arrays."""
    return (-b + np.sqrt(b**2 - 4 * a * c)) / (2 * a)


def quadratic_numba_parallel(a, b, c):
    """Numba, multi-threaded: @numba.njit(parallel=True) and a numba.prange loop."""
    return (-b + np.sqrt(b**2 - 4 * a * c)) / (2 * a)


def quadratic_jax(a, b, c):
    """JAX: the formula in jax.numpy, compiled with jax.jit (XLA fuses it into one loop)."""
    return (-b + np.sqrt(b**2 - 4 * a * c)) / (2 * a)
