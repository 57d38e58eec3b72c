"""Silences the ZeroDivisionError with error_model="numpy" instead of handling the zero: no
exception any more, but a zero denominator now gives inf, -inf or nan, not 0.0."""

CAUGHT_BY = (
    "test_safe_ratio_gives_zero_where_the_denominator_is_zero",
    "test_safe_ratio_matches_plain_python",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(error_model="numpy")
def safe_ratio(num, den):
    out = np.empty_like(num)
    for i in range(num.shape[0]):
        out[i] = num[i] / den[i]
    return out
