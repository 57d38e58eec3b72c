"""Keeps the Python `if` and runs it on the host through jax.pure_callback.

Right answers, still jitted, but the compiled program stops, ships the array to Python and
waits: the branch is not part of the compiled code at all.
"""

CAUGHT_BY = ("test_accumulate_if_computes_without_host_callbacks",)

import jax  # noqa: E402
import numpy as np  # noqa: E402


def _python_branch(arr):
    arr = np.asarray(arr)
    return np.asarray(arr.sum() if (arr > 3).any() else arr.prod())


@jax.jit
def accumulate_if(arr):
    result = jax.ShapeDtypeStruct((), arr.dtype)
    return jax.pure_callback(_python_branch, result, arr)
