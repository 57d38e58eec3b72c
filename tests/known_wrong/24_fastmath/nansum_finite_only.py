"""Sums only the finite elements (`np.isfinite(x)`), "skip what isn't a number", with the safe
flags. np.nansum skips only NaN: an inf must make the sum inf (and inf + -inf is nan)."""

CAUGHT_BY = ("test_nansum_on_examples", "test_nansum_matches_numpy_with_nans_and_infs")

import numba  # noqa: E402
import numpy as np  # noqa: E402

SAFE = {"reassoc", "contract", "arcp", "nsz", "afn"}


@numba.njit(fastmath=SAFE)
def nansum(arr):
    total = 0.0
    for i in range(arr.shape[0]):
        if np.isfinite(arr[i]):
            total += arr[i]
    return total
