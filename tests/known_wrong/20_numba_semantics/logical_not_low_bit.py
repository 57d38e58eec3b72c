"""Treats the flag as a bit and flips the lowest one, `(flag & 1) == 0`: a bool in both numba
and Python, right for True, False, 0, 1, 7 and -1. But nonzero means on, and 2 is nonzero:
its lowest bit is 0, so this calls it off."""

CAUGHT_BY = (
    "test_logical_not_of_bools_and_ints",
    "test_logical_not_means_the_same_in_plain_python",
)

import numba  # noqa: E402


@numba.njit
def logical_not(flag):
    return (flag & 1) == 0
