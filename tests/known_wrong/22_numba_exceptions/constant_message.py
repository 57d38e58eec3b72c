"""The quickest way to make checked_log compile: a constant message. Right values and the right
exception class, but the error no longer says which value was bad."""

CAUGHT_BY = ("test_checked_log_error_names_the_value",)

import math  # noqa: E402

import numba  # noqa: E402


@numba.njit
def checked_log(x):
    if x <= 0.0:
        raise ValueError("log of non-positive value")
    return math.log(x)
