"""@numba.njit(fastmath=True) on the loop: the usual flag for a faster numeric loop.

Plausible: the kata is about speed, and the numbers look the same on ordinary inputs. Wrong:
fastmath lets LLVM assume that no value is NaN or infinite, so NaN and inf inputs no longer
give NumPy's answers (here the division-by-zero check misfires and raises ZeroDivisionError).
"""

CAUGHT_BY = ("test_equals_numpy_on_random_inputs",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(fastmath=True)
def quadratic_numba(a, b, c):
    out = np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = (-b[i] + np.sqrt(b[i] ** 2 - 4 * a[i] * c[i])) / (2 * a[i])
    return out
