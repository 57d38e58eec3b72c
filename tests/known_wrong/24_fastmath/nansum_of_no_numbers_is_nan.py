"""Returns nan when there is nothing to add (empty, or NaN only), "a sum of no numbers is not a
number", as np.nanmean does. np.nansum of an empty or all-NaN array is 0.0."""

CAUGHT_BY = ("test_nansum_on_examples",)

import numba  # noqa: E402
import numpy as np  # noqa: E402

SAFE = {"reassoc", "contract", "arcp", "nsz", "afn"}


@numba.njit(fastmath=SAFE)
def nansum(arr):
    total = 0.0
    seen = 0
    for i in range(arr.shape[0]):
        if not np.isnan(arr[i]):
            total += arr[i]
            seen += 1
    return total if seen > 0 else np.nan
