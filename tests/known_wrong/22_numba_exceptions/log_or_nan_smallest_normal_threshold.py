"""Tests `arr[i] >= sys.float_info.min` instead of `> 0.0`, "the smallest positive float, so the
log cannot blow up". But sys.float_info.min is the smallest NORMAL float, 2.2e-308: the
subnormals below it are positive, have a finite log (log(5e-324) is -744.44), and get NaN."""

CAUGHT_BY = ("test_log_or_nan_examples", "test_log_or_nan_matches_math_log_on_any_array")

import math  # noqa: E402
import sys  # noqa: E402

import numba  # noqa: E402
import numpy as np  # noqa: E402

SMALLEST = sys.float_info.min


@numba.njit
def log_or_nan(arr):
    out = np.empty_like(arr)
    for i in range(arr.shape[0]):
        if arr[i] >= SMALLEST:
            out[i] = math.log(arr[i])
        else:
            out[i] = np.nan
    return out
