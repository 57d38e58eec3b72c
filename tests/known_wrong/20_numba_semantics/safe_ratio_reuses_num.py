"""Saves an allocation with `out = num`, believing it a copy. Every ratio is right (num[i] is
read before out[i] overwrites it), but the result is the caller's num array, now holding the
ratios: the rules ask for a new array and arguments left as they are."""

CAUGHT_BY = (
    "test_safe_ratio_gives_zero_where_the_denominator_is_zero",
    "test_safe_ratio_matches_plain_python",
)

import numba  # noqa: E402


@numba.njit
def safe_ratio(num, den):
    out = num
    for i in range(num.shape[0]):
        out[i] = num[i] / den[i] if den[i] != 0.0 else 0.0
    return out
