"""@njit over NumPy code written step by step: compiled, but every step is a new array."""

CAUGHT_BY = ("test_numba_versions_make_no_temporary_arrays",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def quadratic_numba(a, b, c):
    b_squared = b**2
    four_ac = 4 * a * c
    root = np.sqrt(b_squared - four_ac)
    return (-b + root) / (2 * a)
