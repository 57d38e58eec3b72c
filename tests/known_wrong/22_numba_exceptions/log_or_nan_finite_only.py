"""Logs only finite positive elements (`math.isfinite(x) and x > 0.0`), "infinities have no
log". math.log(inf) is inf, and the Rules keep it: inf must stay inf, not become NaN."""

CAUGHT_BY = ("test_log_or_nan_examples", "test_log_or_nan_matches_math_log_on_any_array")

import math  # noqa: E402

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def log_or_nan(arr):
    out = np.empty_like(arr)
    for i in range(arr.shape[0]):
        x = arr[i]
        if math.isfinite(x) and x > 0.0:
            out[i] = math.log(x)
        else:
            out[i] = np.nan
    return out
