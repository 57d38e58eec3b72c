"""Clips the input of log into [smallest normal, largest finite], "to stay representable".

Plausible: one clip handles 0, negatives and infinities at once, and every finite positive
input keeps its exact log. But +inf is in the domain and its log is inf, not
log(1.8e308) = 709.8; and at the smallest normal number the clip's tie halves the
derivative.
"""

CAUGHT_BY = ("test_safe_log_values", "test_safe_log_gradient")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_log(x):
    info = jnp.finfo(jnp.float64)
    return jnp.where(x > 0, jnp.log(jnp.clip(x, info.smallest_normal, info.max)), 0.0)
