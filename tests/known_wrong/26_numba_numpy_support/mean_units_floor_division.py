"""Divides the column sums with `//`, "the units are integers, so the mean is too". Floor
division keeps int64 and drops the fraction: the mean of 1, 0, 0 becomes 0, of -1, 0, 0 -1."""

CAUGHT_BY = ("test_mean_units_examples", "test_mean_units_on_any_table")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def mean_units(units):
    return np.sum(units, axis=0) // units.shape[0]
