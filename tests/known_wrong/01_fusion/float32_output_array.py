"""The output array is float32: "half the memory to write, and the inputs are only read".

Plausible: writing the output is a third of the memory traffic. Wrong: every root is rounded to
24 bits when stored, and the result is no longer float64.
"""

CAUGHT_BY = ("test_equals_numpy_on_random_inputs",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def quadratic_numba(a, b, c):
    out = np.empty(a.shape[0], dtype=np.float32)
    for i in range(a.shape[0]):
        out[i] = (-b[i] + np.sqrt(b[i] ** 2 - 4 * a[i] * c[i])) / (2 * a[i])
    return out
