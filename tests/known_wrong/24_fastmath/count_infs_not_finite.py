"""Counts the elements that are not finite (`not np.isfinite(x)`), "an inf is what isn't finite",
with the safe flags. NaN is not finite either: every NaN is counted as an inf too."""

CAUGHT_BY = ("test_counts_on_examples", "test_counts_match_numpy_with_nans_and_infs")

import numba  # noqa: E402
import numpy as np  # noqa: E402

SAFE = {"reassoc", "contract", "arcp", "nsz", "afn"}


@numba.njit(fastmath=SAFE)
def count_infs(arr):
    n = 0
    for i in range(arr.shape[0]):
        if not np.isfinite(arr[i]):
            n += 1
    return n
