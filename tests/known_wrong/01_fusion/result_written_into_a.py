"""Writes each root over a[i] and returns a: no output array at all, so no allocation.

Plausible: "no temporary arrays" taken one step further, and each a[i] is read before it is
overwritten, so the numbers are right. Wrong: the caller's array a is destroyed.
"""

CAUGHT_BY = ("test_equals_numpy_on_random_inputs",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def quadratic_numba(a, b, c):
    for i in range(a.shape[0]):
        a[i] = (-b[i] + np.sqrt(b[i] ** 2 - 4 * a[i] * c[i])) / (2 * a[i])
    return a
