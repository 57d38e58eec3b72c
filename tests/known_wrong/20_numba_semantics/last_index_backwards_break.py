"""Searches from the end and breaks at the first match, returning the loop variable: right
whenever there is a match, but with none the loop ends with i == 0 (or, for an empty array,
never assigns i at all, which numba still returns as 0)."""

CAUGHT_BY = ("test_last_index_examples", "test_last_index_matches_plain_python")

import numba  # noqa: E402


@numba.njit
def last_index(arr, x):
    for i in range(arr.shape[0] - 1, -1, -1):
        if arr[i] == x:
            break
    return i
