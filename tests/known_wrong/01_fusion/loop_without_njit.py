"""The right loop, but the @numba.njit decorator was forgotten: a pure-Python loop."""

CAUGHT_BY = ("test_numba_versions_are_compiled_in_nopython_mode",)

import numpy as np  # noqa: E402


def quadratic_numba(a, b, c):
    out = np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = (-b[i] + np.sqrt(b[i] ** 2 - 4 * a[i] * c[i])) / (2 * a[i])
    return out
