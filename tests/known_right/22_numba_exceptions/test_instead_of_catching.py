"""Tests the element instead of catching: `if x > 0.0:` the log, else NaN; and hands checked_log
only the value in its exception (`ValueError(x)`), with np.log instead of math.log.

All right: NaN is not > 0, so it gets NaN as the Rules ask; the args still hold x itself; and
np.log of a float is the same libm log as math.log in nopython mode."""

import numba
import numpy as np


@numba.njit
def checked_log(x):
    if x <= 0.0:
        raise ValueError(x)
    return np.log(x)


@numba.njit
def log_or_nan(arr):
    out = np.empty(arr.shape[0])
    for i in range(arr.shape[0]):
        x = arr[i]
        out[i] = np.log(x) if x > 0.0 else np.nan
    return out
