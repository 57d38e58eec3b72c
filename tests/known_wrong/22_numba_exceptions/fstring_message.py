"""Swaps str.format for an f-string, which nopython mode accepts. It compiles, but numba cannot
turn a float into text: the message reads 'log of non-positive value <object type:float64>'
and the value itself is lost."""

CAUGHT_BY = ("test_checked_log_error_names_the_value",)

import math  # noqa: E402

import numba  # noqa: E402


@numba.njit
def checked_log(x):
    if x <= 0.0:
        raise ValueError(f"log of non-positive value {x}")
    return math.log(x)
