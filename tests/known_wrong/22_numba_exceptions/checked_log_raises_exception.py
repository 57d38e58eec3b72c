"""Raises `Exception(...)` because numba catches only `except Exception:` ("so that is the class
numba supports"). Raising any class is fine in nopython mode; the caller who catches
ValueError now misses the error."""

CAUGHT_BY = ("test_checked_log_error_names_the_value",)

import math  # noqa: E402

import numba  # noqa: E402


@numba.njit
def checked_log(x):
    if x <= 0.0:
        raise Exception("log of non-positive value", x)
    return math.log(x)
