"""Two other right ways: checked_log raises with a longer message tuple, and log_or_nan is an
array expression, np.where over a mask with np.log computed everywhere.

np.where(arr > 0.0, np.log(arr), np.nan) picks NaN for every element that is not > 0 (zero,
-0.0, negative, -inf, NaN), and np.log is inf for inf and finite for subnormals; the logs
computed for the other elements (-inf, nan) are never picked. No exception in it at all."""

import math

import numba
import numpy as np


@numba.njit
def checked_log(x):
    if x <= 0.0:
        raise ValueError("checked_log: the value", x, "is not positive")
    return math.log(x)


@numba.njit
def log_or_nan(arr):
    return np.where(arr > 0.0, np.log(arr), np.nan)
