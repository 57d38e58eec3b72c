"""Clamps the discriminant at 0 so that np.sqrt never sees a negative number.

Plausible: a defensive habit against NaN; on inputs with real roots nothing changes. Wrong:
where b**2 - 4ac < 0 NumPy's formula gives NaN (no real root), and this gives -b / (2a).
"""

CAUGHT_BY = ("test_equals_numpy_on_random_inputs",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def quadratic_numba_parallel(a, b, c):
    out = np.empty_like(a)
    for i in numba.prange(a.shape[0]):
        d = max(b[i] ** 2 - 4 * a[i] * c[i], 0.0)
        out[i] = (-b[i] + np.sqrt(d)) / (2 * a[i])
    return out
