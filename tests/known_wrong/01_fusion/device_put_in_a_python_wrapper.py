"""A Python wrapper that places the inputs with jax.device_put, then calls a jitted formula.

Plausible after the lesson's third trap: the copy to the device is made explicit. Wrong: the
copy still happens on every call (device_put of a NumPy array is that copy), and quadratic_jax
is no longer the function jax.jit returns.
"""

CAUGHT_BY = ("test_jax_version_is_jitted", "test_jax_version_compiles_once_per_input_shape")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def _formula(a, b, c):
    return (-b + jnp.sqrt(b**2 - 4 * a * c)) / (2 * a)


def quadratic_jax(a, b, c):
    return _formula(*(jax.device_put(x) for x in (a, b, c)))
