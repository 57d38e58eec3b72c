"""Replaces each zero denominator by inf, so that the division itself gives 0.0: x / inf is 0
for every finite x. But not for an infinite numerator: inf / inf is nan, where the rules ask
for 0.0 (den is zero, whatever num is)."""

CAUGHT_BY = (
    "test_safe_ratio_gives_zero_where_the_denominator_is_zero",
    "test_safe_ratio_matches_plain_python",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def safe_ratio(num, den):
    return num / np.where(den == 0.0, np.inf, den)
