"""Treats a sum of squares below 1e-12 as the zero vector.

Plausible: "compare floats with a tolerance, never with == 0". The double where is right and
no NaN appears, but every vector shorter than 1e-6 now has length 0.0 and a zero gradient:
[1e-150, 0, 0, 0] is a valid vector of length 1e-150.
"""

CAUGHT_BY = ("test_safe_norm_matches_python_on_any_vector",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_norm(v):
    squares = jnp.sum(v * v)
    nonzero = squares > 1e-12
    return jnp.where(nonzero, jnp.sqrt(jnp.where(nonzero, squares, 1.0)), 0.0)
