"""Gives up on the compiled loops: NumPy's own np.isnan / np.isinf / np.nansum in plain Python.
Right answers, but nothing is numba-compiled any more."""

CAUGHT_BY = ("test_stays_compiled_in_nopython_mode", "test_fastmath_stays_on_without_nnan_and_ninf")

import numpy as np  # noqa: E402


def count_nans(arr):
    return int(np.isnan(arr).sum())


def count_infs(arr):
    return int(np.isinf(arr).sum())


def nansum(arr):
    return float(np.nansum(arr))
