"""Tests the magnitude instead of the value, `abs(den[i]) > 0.0`. The same as `!= 0.0` for every
number, but not for nan: nan > 0.0 is False, so a nan denominator gives 0.0, where the rules
ask for the quotient num / nan, which is nan (only a zero denominator is special)."""

CAUGHT_BY = (
    "test_safe_ratio_gives_zero_where_the_denominator_is_zero",
    "test_safe_ratio_matches_plain_python",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def safe_ratio(num, den):
    out = np.empty_like(num)
    for i in range(num.shape[0]):
        out[i] = num[i] / den[i] if abs(den[i]) > 0.0 else 0.0
    return out
