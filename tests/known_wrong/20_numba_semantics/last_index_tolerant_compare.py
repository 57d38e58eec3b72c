"""Follows the rule "never compare floats with ==" and matches within a tolerance,
abs(arr[i] - x) < 1e-9. The rules ask for the elements equal to x: the float next to 1.0 is
not 1.0, and inf - inf is nan, so an inf is never found at all."""

CAUGHT_BY = ("test_last_index_examples", "test_last_index_matches_plain_python")

import numba  # noqa: E402


@numba.njit
def last_index(arr, x):
    found = -1
    for i in range(arr.shape[0]):
        if abs(arr[i] - x) < 1e-9:
            found = i
    return found
