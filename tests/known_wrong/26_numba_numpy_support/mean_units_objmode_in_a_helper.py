"""Keeps mean_units itself free of objmode by moving the escape hatch into a small njit
helper that runs NumPy's `np.mean(units, axis=0)` in a `numba.objmode` block. The numbers are
right, but that block still runs as Python objects each call: mean_units is nopython code
only on the surface."""

CAUGHT_BY = ("test_mean_units_stays_compiled_in_nopython_mode",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def _numpy_mean(units):
    with numba.objmode(out="float64[:]"):
        out = np.mean(units, axis=0)
    return out


@numba.njit
def mean_units(units):
    return _numpy_mean(units)
