"""np.require(a, dtype=np.float64, requirements=["C"]): the dtype and the layout, not "W".

Plausible: it fixes everything the lesson's first example shows (dtype and strides). But a
read-only float64 array, NumPy's view of a JAX array, is already C-contiguous float64 and
comes back as it is: numba types it apart, and the eager signature rejects it.
"""

CAUGHT_BY = (
    "test_rms_matches_numpy_for_every_kind_of_array",
    "test_rms_hands_rms_kernel_one_kind_of_array",
    "test_rms_of_any_array_compiles_nothing_new",
)

import numpy as np  # noqa: E402


def rms(a):
    return rms_kernel(np.require(a, dtype=np.float64, requirements=["C"]))  # noqa: F821
