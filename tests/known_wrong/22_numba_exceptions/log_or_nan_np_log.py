"""Replaces the loop by np.log(arr), "NumPy gives NaN for a bad value anyway". For a negative
element it does, but log(0.0) and log(-0.0) are -inf, not NaN."""

CAUGHT_BY = ("test_log_or_nan_examples", "test_log_or_nan_matches_math_log_on_any_array")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def log_or_nan(arr):
    return np.log(arr)
