"""safe_norm as jnp.sqrt(jnp.sum(v * v) + 1e-30): an epsilon keeps the root off zero.

Plausible: the classic fix in training code; no NaN anywhere, in both modes, and the values
look right for ordinary vectors. But the length of the zero vector is 1e-15, not 0.0, and for
small vectors (components near 1e-150) the epsilon swamps the sum: both the length and its
gradient are wrong. The Rules ask for the exact length and v / |v|.
"""

CAUGHT_BY = (
    "test_safe_norm_away_from_zero",
    "test_safe_norm_at_the_zero_vector",
    "test_safe_norm_matches_python_on_any_vector",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_norm(v):
    return jnp.sqrt(jnp.sum(v * v) + 1e-30)
