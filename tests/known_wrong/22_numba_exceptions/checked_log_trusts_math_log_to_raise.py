"""Drops the test altogether: in Python, math.log(0.0) and math.log(-2.0) raise ValueError
('math domain error'), so checked_log "already raises". In nopython mode they do not: numba's
math.log returns -inf for 0.0 and nan for a negative number, without a word."""

CAUGHT_BY = ("test_checked_log_error_names_the_value",)

import math  # noqa: E402

import numba  # noqa: E402


@numba.njit
def checked_log(x):
    return math.log(x)
