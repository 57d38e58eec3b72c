"""Kata 20 · Python syntax, C semantics (covers N08, N09, N15, N16, N17).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/20_numba_semantics` passes.
Stuck? `sharpbits hint 20` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# The four functions below repeat the broken patterns above: binomial goes through int64
# factorials that wrap around, safe_ratio divides scalars by zero, last_index returns a
# variable that no iteration assigned, and logical_not applies ~ to a flag. Rewrite their
# bodies so that they give the right answer for every input the rules in README.md allow.
# Keep all four @numba.njit.


@numba.njit
def binomial(n, k):
    """The number of ways to choose k of n items (0 <= k <= n <= 1000), as a float."""
    return factorial(n) // (factorial(k) * factorial(n - k))


@numba.njit
def safe_ratio(num, den):
    """num / den element by element (two float64 arrays), with 0.0 wherever den is 0."""
    out = np.empty_like(num)
    for i in range(num.shape[0]):
        out[i] = num[i] / den[i]
    return out


@numba.njit
def last_index(arr, x):
    """The index of the last element of arr equal to x, or -1 if there is none."""
    for i in range(arr.shape[0]):
        if arr[i] == x:
            found = i
    return found


@numba.njit
def logical_not(flag):
    """True if the flag (a bool or an int) is off, i.e. False or 0; else False."""
    return ~flag
