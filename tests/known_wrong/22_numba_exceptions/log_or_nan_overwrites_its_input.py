"""Writes the logs back into arr and returns it ("no extra array"): the values returned are
right, but the caller's array is destroyed: its elements are now logs and NaNs."""

CAUGHT_BY = ("test_log_or_nan_leaves_its_input_unchanged",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def log_or_nan(arr):
    out = arr
    for i in range(arr.shape[0]):
        try:
            out[i] = checked_log(arr[i])  # noqa: F821 - defined in the reference kata.py
        except Exception:
            out[i] = np.nan
    return out
