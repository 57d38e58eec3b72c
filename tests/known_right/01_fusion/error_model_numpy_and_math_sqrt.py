"""The loops with math.sqrt, b * b and error_model="numpy" (no division-by-zero check).

Right: a is never 0 (Rules), so skipping numba's ZeroDivisionError check changes nothing but
speed; math.sqrt of a negative float gives NaN in numba, like np.sqrt; b * b is b ** 2.
"""

import math

import numba
import numpy as np


@numba.njit(error_model="numpy")
def quadratic_numba(a, b, c):
    out = np.empty_like(a)
    for i in range(len(a)):
        out[i] = (math.sqrt(b[i] * b[i] - 4.0 * a[i] * c[i]) - b[i]) / (2.0 * a[i])
    return out


@numba.njit(parallel=True, error_model="numpy")
def quadratic_numba_parallel(a, b, c):
    n = a.size
    out = np.empty(n)
    for i in numba.prange(n):
        root = math.sqrt(b[i] * b[i] - 4.0 * a[i] * c[i])
        out[i] = (root - b[i]) / (2.0 * a[i])
    return out
