"""The inf-denominator trick done in place: every zero of den is overwritten with inf, then
num / den. The caller's den array comes back changed (the rules say the arguments stay as they
are), and inf / inf is still nan where the rules ask for 0.0."""

CAUGHT_BY = (
    "test_safe_ratio_gives_zero_where_the_denominator_is_zero",
    "test_safe_ratio_matches_plain_python",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def safe_ratio(num, den):
    for i in range(den.shape[0]):
        if den[i] == 0.0:
            den[i] = np.inf
    return num / den
