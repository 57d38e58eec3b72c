"""Sums each column with np.sum (supported with an axis) but divides by `units.shape[1]`, the
number of products, instead of the number of orders: the axes mixed up. Right only for square
tables."""

CAUGHT_BY = ("test_mean_units_examples", "test_mean_units_on_any_table")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def mean_units(units):
    return np.sum(units, axis=0) / units.shape[1]
