"""The inf version of the `x != x` trick: "only an infinity is unchanged when you add one",
`x == x + 1.0`. Every finite float from 2**53 on is unchanged by adding one too (1e300 + 1.0
is 1e300): large finite numbers are counted as infs."""

CAUGHT_BY = ("test_counts_on_examples", "test_counts_match_numpy_with_nans_and_infs")

import numba  # noqa: E402

SAFE = {"reassoc", "contract", "arcp", "nsz", "afn"}


@numba.njit(fastmath=SAFE)
def count_infs(arr):
    n = 0
    for i in range(arr.shape[0]):
        x = arr[i]
        if x == x + 1.0:
            n += 1
    return n
