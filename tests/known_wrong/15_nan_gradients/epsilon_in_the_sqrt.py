"""Adds a tiny epsilon under the square root of the norm.

Plausible: the standard trick, and the gradient at the zero vector is finite (zeros). But
the norm of the zero vector is now 1e-6, not 0.0, and every other norm is a little off.
"""

CAUGHT_BY = ("test_safe_norm_at_the_zero_vector",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_norm(v):
    return jnp.sqrt(jnp.sum(v * v) + 1e-12)
