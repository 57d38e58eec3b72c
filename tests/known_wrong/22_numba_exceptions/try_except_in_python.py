"""Moves the try/except out of compiled code: log_or_nan is a Python loop that calls the compiled
checked_log element by element and catches the ValueError in Python. Right values, but the loop
runs in the interpreter."""

CAUGHT_BY = ("test_log_or_nan_stays_compiled_in_nopython_mode",)

import numpy as np  # noqa: E402


def log_or_nan(arr):
    out = np.empty_like(arr)
    for i in range(arr.shape[0]):
        try:
            out[i] = checked_log(arr[i])  # noqa: F821 - defined in the reference kata.py
        except ValueError:
            out[i] = np.nan
    return out
