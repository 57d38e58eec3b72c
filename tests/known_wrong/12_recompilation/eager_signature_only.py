"""Gives rms_kernel the eager signature but hands it every input unchanged.

Plausible: "an eager signature compiles exactly once". It does, and then every input that is
not a writable float64 array raises TypeError: No matching definition.
"""

CAUGHT_BY = (
    "test_rms_matches_numpy_for_every_kind_of_array",
    "test_rms_hands_rms_kernel_one_kind_of_array",
    "test_rms_of_any_array_compiles_nothing_new",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit("float64(float64[:])")
def rms_kernel(a):
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i] * a[i]
    return np.sqrt(total / a.shape[0])


def rms(a):
    return rms_kernel(a)
