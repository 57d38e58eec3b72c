"""accumulate_jax hands the work back to NumPy on the host through jax.pure_callback.

Plausible: the flag is an argument, the values are right and the function is jitted (an
outside reviewer's 10/10 before the guard existed). Wrong: nothing is computed by JAX; the
compiled program stops, copies the array to the host and waits for Python (the Rules ask for
the work in JAX).
"""

CAUGHT_BY = ("test_accumulate_jax_computes_without_host_callbacks",)

import jax  # noqa: E402
import numpy as np  # noqa: E402


def _numpy_accumulate(arr, do_sum):
    return np.asarray(arr.sum() if do_sum else arr.prod(), dtype=arr.dtype)


@jax.jit
def accumulate_jax(arr, do_sum):
    """Sum of arr if do_sum else its product, by NumPy on the host."""
    out = jax.ShapeDtypeStruct((), arr.dtype)
    return jax.pure_callback(_numpy_accumulate, out, arr, do_sum)
