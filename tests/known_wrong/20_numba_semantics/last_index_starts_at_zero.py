"""Initialises the answer to silence the unassigned variable, but with 0, a valid index: a
search that finds nothing reports a match at index 0."""

CAUGHT_BY = ("test_last_index_examples", "test_last_index_matches_plain_python")

import numba  # noqa: E402


@numba.njit
def last_index(arr, x):
    found = 0
    for i in range(arr.shape[0]):
        if arr[i] == x:
            found = i
    return found
