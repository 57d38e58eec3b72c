"""Keeps fastmath=True and replaces np.isnan by the classic `x != x` trick ("only NaN is not
equal to itself"). Under the nnan flag the compiler may assume x == x as well: still 0 NaNs."""

CAUGHT_BY = ("test_counts_on_examples", "test_counts_match_numpy_with_nans_and_infs")

import numba  # noqa: E402


@numba.njit(fastmath=True)
def count_nans(arr):
    n = 0
    for i in range(arr.shape[0]):
        x = arr[i]
        if x != x:
            n += 1
    return n
