"""Raises for `x < sys.float_info.min` instead of `x <= 0.0`, "below the smallest float the log
is -inf anyway". sys.float_info.min is the smallest NORMAL float (2.2e-308): the subnormals
below it are positive numbers with a finite log (log(5e-324) is -744.44), and now raise."""

CAUGHT_BY = ("test_checked_log_of_a_positive_number",)

import math  # noqa: E402
import sys  # noqa: E402

import numba  # noqa: E402

SMALLEST = sys.float_info.min


@numba.njit
def checked_log(x):
    if x < SMALLEST:
        raise ValueError("log of non-positive value", x)
    return math.log(x)
