"""Reads "double where" as two wheres around the result of log.

Plausible: two wheres, as the recipe says. But both sit after log, which still sees x = 0;
its infinite derivative meets a zero cotangent, and the gradient at 0 is still nan.
"""

CAUGHT_BY = (
    "test_safe_log_gradient_is_zero_at_zero",
    "test_safe_log_gradient",
    "test_gradients_pass_jax_debug_nans",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_log(x):
    positive = x > 0
    return jnp.where(positive, jnp.where(positive, jnp.log(x), 0.0), 0.0)
