"""The lecture's loop with a bare `except:` (the other form numba supports), calling
checked_log, writing into a copy of the input.

Right: the bare except catches checked_log's ValueError in nopython mode; `arr.copy()` leaves
the caller's array alone and the loop overwrites every element."""

import numba
import numpy as np


@numba.njit
def log_or_nan(arr):
    out = arr.copy()
    for i in range(out.shape[0]):
        try:
            out[i] = checked_log(out[i])  # noqa: F821 - defined in the reference kata.py
        except:  # noqa: E722
            out[i] = np.nan
    return out
