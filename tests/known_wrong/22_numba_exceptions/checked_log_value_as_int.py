"""Nopython mode cannot put a float into the message, so the value goes in as int(x), "a number
it can show". The args now hold -2 for x = -2.5, and 0 for -0.0: not the value that was bad."""

CAUGHT_BY = ("test_checked_log_error_names_the_value",)

import math  # noqa: E402

import numba  # noqa: E402


@numba.njit
def checked_log(x):
    if x <= 0.0:
        raise ValueError("log of non-positive value", int(x))
    return math.log(x)
