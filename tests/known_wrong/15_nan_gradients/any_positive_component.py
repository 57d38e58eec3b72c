"""Calls the vector nonzero when any component is positive, as safe_log's test is x > 0.

Plausible: the same test as in safe_log, applied to the components. But a vector whose
nonzero components are all negative, [-3, 0, -4, 0], is not the zero vector: its length is 5,
not 0.0.
"""

CAUGHT_BY = ("test_safe_norm_matches_python_on_any_vector",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_norm(v):
    nonzero = jnp.any(v > 0)
    squares = jnp.sum(v * v)
    return jnp.where(nonzero, jnp.sqrt(jnp.where(nonzero, squares, 1.0)), 0.0)
