"""Counts an inf as "anything beyond 1e308" (`abs(x) > 1e308`), a test the nnan/ninf flags
cannot delete. But the largest finite float is 1.797e308: every finite value between 1e308 and
it is counted as an inf too."""

CAUGHT_BY = ("test_counts_on_examples", "test_counts_match_numpy_with_nans_and_infs")

import numba  # noqa: E402

SAFE = {"reassoc", "contract", "arcp", "nsz", "afn"}


@numba.njit(fastmath=SAFE)
def count_infs(arr):
    n = 0
    for i in range(arr.shape[0]):
        if abs(arr[i]) > 1e308:
            n += 1
    return n
