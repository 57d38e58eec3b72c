"""Keeps log away from 0 by clamping its input to a small epsilon.

Plausible and common: the gradient is finite now. But every positive x below the epsilon
gets log(1e-12) and a zero gradient instead of log(x) and 1/x.
"""

CAUGHT_BY = ("test_safe_log_values", "test_safe_log_gradient")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_log(x):
    return jnp.where(x > 0, jnp.log(jnp.maximum(x, 1e-12)), 0.0)
