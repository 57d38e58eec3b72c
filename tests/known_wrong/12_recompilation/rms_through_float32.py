"""Copies every input into a writable contiguous float32 array: "float32 is plenty for an rms".

Plausible: one kind of array, one compilation, and for small integers or halves the numbers
come out the same. But float64 inputs lose their digits (0.1 is not a float32), large int64
values round, and 1e150 overflows float32 to inf.
"""

CAUGHT_BY = (
    "test_rms_matches_numpy_for_every_kind_of_array",
    "test_rms_of_any_array_compiles_nothing_new",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit("float64(float32[::1])")
def rms_kernel(a):
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i] * a[i]
    return np.sqrt(total / a.shape[0])


def rms(a):
    return rms_kernel(np.require(a, dtype=np.float32, requirements=["C", "W"]))
