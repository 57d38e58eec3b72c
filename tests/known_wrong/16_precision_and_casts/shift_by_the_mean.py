"""Shifts by the mean instead of the maximum.

Plausible: it is the shift trick, and it works when the inputs are close together. When they
are spread out, x - mean(x) is still far above 709 for the largest one and exp overflows.
"""

CAUGHT_BY = ("test_log_sum_exp_far_from_zero",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def log_sum_exp(x):
    m = jnp.mean(x)
    return m + jnp.log(jnp.sum(jnp.exp(x - m)))
