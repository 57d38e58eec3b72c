"""Keeps the `@numba.njit` but runs NumPy's own `np.mean(units, axis=0)` in a
`numba.objmode` block, "numba's escape hatch". The numbers are right, but that block runs as
Python objects: the function is no longer pure nopython code."""

CAUGHT_BY = ("test_mean_units_stays_compiled_in_nopython_mode",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def mean_units(units):
    with numba.objmode(out="float64[:]"):
        out = np.mean(units, axis=0)
    return out
