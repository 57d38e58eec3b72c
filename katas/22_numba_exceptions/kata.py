"""Kata 22 · Exceptions in numba, and no object-mode fallback (covers N13, N14).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/22_numba_exceptions` passes.
Stuck? `sharpbits hint 22` gives a hint (ask again for the next).
"""

import math

import numba
import numpy as np

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


@numba.jit  # before numba 0.59 this fell back to object mode; now it is @njit
def checked_log_jit(x):
    """math.log(x), or a ValueError naming x when x <= 0."""
    if x <= 0.0:
        raise ValueError("log of non-positive value {}".format(x))  # noqa: UP032
    return math.log(x)


@numba.njit
def log_or_nan_as_e(arr):
    """log of each element of arr, NaN where it is not positive (catches `as e`)."""
    out = np.empty_like(arr)
    for i in range(arr.shape[0]):
        try:
            if arr[i] <= 0.0:
                raise ValueError("log of non-positive value")
            out[i] = math.log(arr[i])
        except ValueError as e:  # noqa: F841
            out[i] = np.nan
    return out


@numba.njit
def log_or_nan_named(arr):
    """The same, catching ValueError by name, without `as e`."""
    out = np.empty_like(arr)
    for i in range(arr.shape[0]):
        try:
            if arr[i] <= 0.0:
                raise ValueError("log of non-positive value")
            out[i] = math.log(arr[i])
        except ValueError:
            out[i] = np.nan
    return out


# checked_log_jit(2.0)  ->  numba.core.errors.TypingError (even with @numba.jit(nopython=False))
# log_or_nan_as_e(arr)  ->  numba.core.errors.UnsupportedBytecodeError
# log_or_nan_named(arr) ->  numba.core.errors.TypingError


# --- YOUR CODE -------------------------------------------------------------------------------
# Both functions below are the lecture's code again, and neither compiles. checked_log builds
# its message with str.format, which nopython mode does not have, and @numba.jit no longer
# falls back to object mode for it; log_or_nan catches the error `as e`. Make both compile in
# nopython mode and keep their behaviour, including the error path. The rules are in README.md.


@numba.jit
def checked_log(x):
    """math.log(x) for x > 0; for x <= 0 a ValueError whose args hold x itself."""
    if x <= 0.0:
        raise ValueError("log of non-positive value {}".format(x))  # noqa: UP032
    return math.log(x)


@numba.njit
def log_or_nan(arr):
    """checked_log of each element of the 1-D float64 array arr, NaN where it raises."""
    out = np.empty_like(arr)
    for i in range(arr.shape[0]):
        try:
            out[i] = checked_log(arr[i])
        except ValueError as e:  # noqa: F841
            out[i] = np.nan
    return out
