"""Computes rms with NumPy and leaves rms_kernel alone.

Right values for every kind of input and nothing compiles again, because nothing runs
compiled: the numba kernel is never called.
"""

CAUGHT_BY = ("test_rms_hands_rms_kernel_one_kind_of_array",)

import numpy as np  # noqa: E402


def rms(a):
    return float(np.sqrt(np.mean(np.asarray(a, dtype=np.float64) ** 2)))
