"""NumPy's own np.isnan(...).sum(), np.isinf(...).sum() and np.nansum inside the compiled
functions, with the safe flags passed as a dict.

Right: numba compiles the NumPy functions with the function's flags, and without nnan and ninf
they keep their NaN and inf tests; `{"reassoc": True, ..., "nnan": False, "ninf": False}` gives
the flags set to True."""

import numba
import numpy as np

SAFE = {"reassoc": True, "contract": True, "nsz": True, "nnan": False, "ninf": False}


@numba.njit(fastmath=SAFE)
def count_nans(arr):
    return np.isnan(arr).sum()


@numba.njit(fastmath=SAFE)
def count_infs(arr):
    return np.isinf(arr).sum()


@numba.njit(fastmath=SAFE)
def nansum(arr):
    return np.nansum(arr)
