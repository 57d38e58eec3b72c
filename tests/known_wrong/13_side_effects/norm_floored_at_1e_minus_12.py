"""Floors the norm with jnp.maximum(norm, 1e-12) before dividing, and returns the floored norm.

Plausible: it changes nothing for every vector an everyday test uses (norms between 1e-3 and
1e3), and it keeps a zero vector from giving NaN. But the Rules allow entries down to 1e-150:
their norm is not 1e-12, and x / 1e-12 is not a unit vector.
"""

CAUGHT_BY = (
    "test_normalize_matches_the_exact_norm_on_any_vector",
    "test_normalize_all_returns_the_norms_of_this_call",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def normalize(x):
    norm = jnp.maximum(jnp.sqrt(jnp.sum(x**2)), 1e-12)
    return x / norm, norm
