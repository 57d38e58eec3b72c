"""Returns 0.0 for the zero vector with a single where around the finished square root.

Plausible: it is what one writes to "special-case zero", and the value is right. The sqrt
still runs on 0 and its infinite derivative meets the where's zero cotangent: nan.
"""

CAUGHT_BY = ("test_safe_norm_at_the_zero_vector", "test_gradients_pass_jax_debug_nans")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_norm(v):
    squares = jnp.sum(v * v)
    return jnp.where(squares > 0, jnp.sqrt(squares), 0.0)
