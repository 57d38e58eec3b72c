"""Divides by norm + 1e-12, "to be safe from a division by zero", and returns that norm.

Plausible: an epsilon is the usual guard in normalisation code, and for norms around 1 its
effect is far below what any print shows. But the Rules promise norms down to 1e-150: there
x / (norm + 1e-12) is about 1e-138 instead of a unit vector.
"""

CAUGHT_BY = (
    "test_normalize_matches_the_exact_norm_on_any_vector",
    "test_normalize_all_returns_the_norms_of_this_call",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def normalize(x):
    norm = jnp.sqrt(jnp.sum(x**2))
    return x / (norm + 1e-12), norm
