"""Computes in float32 on the device and casts the result back to float64.

Plausible: float32 is JAX's default and twice as fast to move; the result still comes back as
float64. Wrong: every input is rounded to 24 bits first, so the results differ from NumPy's
in the 8th digit, and magnitudes of 1e60 overflow float32 to inf.
"""

CAUGHT_BY = (
    "test_equals_numpy_on_random_inputs",
    "test_jax_version_takes_device_arrays_and_leaves_them_usable",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def quadratic_jax(a, b, c):
    a, b, c = (x.astype(jnp.float32) for x in (a, b, c))
    return ((-b + jnp.sqrt(b**2 - 4 * a * c)) / (2 * a)).astype(jnp.float64)
