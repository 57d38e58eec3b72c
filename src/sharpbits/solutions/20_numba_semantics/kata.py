"""Kata 20 · Python syntax, C semantics (covers N08, N09, N15, N16, N17).

Reference solution.
"""

import numba
import numpy as np

# --- GIVEN: the pitfalls exactly as the lecture shows them. Do not edit. --------------------


@numba.njit
def factorial(n):
    """n! in int64 arithmetic, as numba types `result = 1`."""
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


@numba.njit
def power(base, exponent):
    """base ** exponent for two ints."""
    return base**exponent


@numba.njit
def element(a, i):
    """a[i], without a bounds check (numba's default)."""
    return a[i]


@numba.njit(boundscheck=True)
def element_checked(a, i):
    """a[i], with numba's bounds check switched on."""
    return a[i]


@numba.njit
def divide(a, b):
    """a / b under numba's default error model ("python")."""
    return a / b


@numba.njit(error_model="numpy")
def divide_numpy(a, b):
    """a / b under error_model="numpy"."""
    return a / b


@numba.njit
def last_loop_index(n):
    """The loop variable after `for i in range(n)`."""
    for i in range(n):  # noqa: B007 (i is read after the loop: that is the point)
        pass
    return i


@numba.njit
def invert(flag):
    """~flag."""
    return ~flag


# factorial(25)         ->  7034535277573963776     (25! is about 1.55e25)
# element(a[:5], 5)     ->  whatever lies after the slice, no error
# divide(1.0, 0.0)      ->  ZeroDivisionError, but divide(np.ones(3), 0.0) -> [inf inf inf]
# last_loop_index(0)    ->  0                       (Python: UnboundLocalError)
# invert(True)          ->  False                   (Python: -2)


# --- SOLUTION --------------------------------------------------------------------------------
# Numba compiles the syntax of Python with the rules of C where that makes fast code: fixed-width
# integers, no bounds checks, variables that exist before they are assigned. So:
# - binomial computes in float64, one factor at a time: each partial product C(n-k+i, i) is an
#   integer, exact while it stays below 2**53, and C(1000, 500) ~ 2.7e299 is still a float.
#   (math.exp(math.lgamma(...)) also works, accurate to about 1e-12.)
# - safe_ratio tests the zero itself instead of leaning on an error model: a scalar x / 0.0
#   raises ZeroDivisionError under the default error model and gives inf under "numpy".
# - last_index sets its answer before the loop, so "not found" is -1, never a bogus 0.
# - logical_not uses `not`, which means the same for a bool and an int, in numba and in Python.


@numba.njit
def binomial(n, k):
    """The number of ways to choose k of n items (0 <= k <= n <= 1000), as a float."""
    k = min(k, n - k)
    result = 1.0
    for i in range(1, k + 1):
        result = result * (n - k + i) / i
    return result


@numba.njit
def safe_ratio(num, den):
    """num / den element by element (two float64 arrays), with 0.0 wherever den is 0."""
    out = np.empty_like(num)
    for i in range(num.shape[0]):
        out[i] = num[i] / den[i] if den[i] != 0.0 else 0.0
    return out


@numba.njit
def last_index(arr, x):
    """The index of the last element of arr equal to x, or -1 if there is none."""
    found = -1
    for i in range(arr.shape[0]):
        if arr[i] == x:
            found = i
    return found


@numba.njit
def logical_not(flag):
    """True if the flag (a bool or an int) is off, i.e. False or 0; else False."""
    return not flag
