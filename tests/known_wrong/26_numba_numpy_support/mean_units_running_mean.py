"""The "numerically stable" running mean, `m += (x - m) / (i + 1)`, in float64. Each step
rounds, and when large values cancel the rounding of the large terms is all that is left:
the mean of 2**31, 1 and -2**31 comes out 0.33333325..., not 1/3."""

CAUGHT_BY = ("test_mean_units_examples", "test_mean_units_on_any_table")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def mean_units(units):
    mean = np.zeros(units.shape[1])
    for i in range(units.shape[0]):
        for j in range(units.shape[1]):
            mean[j] += (units[i, j] - mean[j]) / (i + 1)
    return mean
