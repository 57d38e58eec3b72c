"""Treats a denominator "too close to zero" as zero, the way float code is often told to:
`abs(den[i]) > 1e-12`. It passes every denominator of ordinary size, but a tiny denominator
such as 1e-300 (or the subnormal 5e-324) is not zero: the rules ask for num / den there, and
this gives 0.0."""

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
        out[i] = num[i] / den[i] if abs(den[i]) > 1e-12 else 0.0
    return out
