"""jax.jit over the NumPy formula: np.sqrt cannot take a tracer."""

CAUGHT_BY = ("test_equals_numpy_on_random_inputs", "test_jax_version_compiles_once_per_input_shape")

import jax  # noqa: E402
import numpy as np  # noqa: E402


@jax.jit
def quadratic_jax(a, b, c):
    return (-b + np.sqrt(b**2 - 4 * a * c)) / (2 * a)
