"""Normalises with np.ascontiguousarray(a, dtype=np.float64) and a lazily compiled kernel.

Plausible: it fixes the dtype and the layout. But it returns a read-only float64 array as it
is, without a copy, and numba types a read-only array apart: one more compilation.
"""

CAUGHT_BY = (
    "test_rms_hands_rms_kernel_one_kind_of_array",
    "test_rms_kernel_compiles_once_for_every_kind_of_array",
    "test_rms_of_any_array_compiles_nothing_new",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def rms_kernel(a):
    total = 0.0
    for i in range(a.shape[0]):
        total += a[i] * a[i]
    return np.sqrt(total / a.shape[0])


def rms(a):
    return rms_kernel(np.ascontiguousarray(a, dtype=np.float64))
