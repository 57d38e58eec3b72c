"""Detects the zero vector with jnp.sum(v) == 0 and guards the input of the norm with it.

Plausible: a where on the vector itself, so the norm never sees the zero vector; for vectors
with positive components it is right. But a vector whose components cancel, [3, -3, 0, 0],
sums to 0 and gets the length 0.0, and a zero gradient.
"""

CAUGHT_BY = ("test_safe_norm_matches_python_on_any_vector",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_norm(v):
    nonzero = jnp.sum(v) != 0
    return jnp.where(nonzero, jnp.linalg.norm(jnp.where(nonzero, v, 1.0)), 0.0)
