"""binomial through math.lgamma, safe_ratio as NumPy array expressions, last_index searching
from the end, logical_not as a comparison with 0.

All right: exp(lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1)) is within about 1e-12 of
C(n, k) and finite up to C(1000, 500); inside @numba.njit, array division by zero gives inf or
nan without raising, and np.where then picks 0.0 there; the first match from the end is the
last one, and -1 is returned only after the whole array was searched; `flag == 0` is a bool for
a bool and for an int of any width, compiled or not.
"""

import math

import numba
import numpy as np


@numba.njit
def binomial(n, k):
    return math.exp(math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1))


@numba.njit
def safe_ratio(num, den):
    return np.where(den != 0.0, num / den, 0.0)


@numba.njit
def last_index(arr, x):
    for i in range(arr.shape[0] - 1, -1, -1):
        if arr[i] == x:
            return i
    return -1


@numba.njit
def logical_not(flag):
    return flag == 0
