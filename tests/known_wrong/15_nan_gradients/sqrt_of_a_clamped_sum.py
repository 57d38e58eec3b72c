"""Clamps the sum of squares to 1e-30 inside the sqrt, under an outer where for the zero vector.

Plausible: the zero vector still gives exactly 0.0, and sqrt never sees 0, so no NaN. But
every nonzero vector shorter than 1e-15 gets the length 1e-15 and a zero gradient.
"""

CAUGHT_BY = ("test_safe_norm_matches_python_on_any_vector",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_norm(v):
    squares = jnp.sum(v * v)
    return jnp.where(squares > 0, jnp.sqrt(jnp.maximum(squares, 1e-30)), 0.0)
