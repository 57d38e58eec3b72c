"""binomial multiplying by the ratio (n - i) / (i + 1) without the symmetry C(n, k) = C(n, n - k),
safe_ratio writing into np.zeros_like only where den is nonzero, logical_not as ~ on a NumPy
bool.

All right: each factor is rounded once, so after at most 1000 factors the result is within about
1e-13 of C(n, k), and no partial product exceeds 1000 * C(1000, 500); zeros where den is zero
come from np.zeros_like; ~np.bool_(flag) is a logical not both in numba and in plain Python,
where ~ on a NumPy bool (unlike on a Python bool) is not bitwise.
"""

import numba
import numpy as np


@numba.njit
def binomial(n, k):
    result = 1.0
    for i in range(k):
        result *= (n - i) / (i + 1)
    return result


@numba.njit
def safe_ratio(num, den):
    out = np.zeros_like(num)
    for i in range(num.shape[0]):
        if den[i] != 0.0:
            out[i] = num[i] / den[i]
    return out


@numba.njit
def logical_not(flag):
    return ~np.bool_(flag)
