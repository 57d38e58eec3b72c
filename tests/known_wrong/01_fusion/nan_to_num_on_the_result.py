"""jnp.nan_to_num on the result: "no NaN in my outputs".

Plausible: NaN is usually a bug, and on inputs with real roots the numbers are unchanged.
Wrong: NumPy's formula gives NaN where there is no real root (or an input is NaN) and inf where
it overflows; this returns 0.0 and 1.8e308 there instead.
"""

CAUGHT_BY = ("test_equals_numpy_on_random_inputs",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def quadratic_jax(a, b, c):
    return jnp.nan_to_num((-b + jnp.sqrt(b**2 - 4 * a * c)) / (2 * a))
