"""Reads "no exception, no inf, no nan" as a clean-up job: divide the whole arrays (array
division by zero gives inf or nan and never raises), then overwrite every non-finite result
with 0.0. Right where den is zero, but a quotient that overflows (1e300 / 1e-10) or has a nan
operand is inf or nan by the rules, and this turns it into 0.0 as well."""

CAUGHT_BY = (
    "test_safe_ratio_gives_zero_where_the_denominator_is_zero",
    "test_safe_ratio_matches_plain_python",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def safe_ratio(num, den):
    out = num / den
    out[~np.isfinite(out)] = 0.0
    return out
