"""Clips the inputs into the range where exp neither overflows nor underflows.

Plausible: no more inf, every result is finite. But the clipped inputs are different inputs:
log_sum_exp([1000., 1000.]) comes out as 700 + log 2 instead of 1000 + log 2.
"""

CAUGHT_BY = ("test_log_sum_exp_far_from_zero", "test_log_sum_exp_matches_numpy_on_any_input")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def log_sum_exp(x):
    return jnp.log(jnp.sum(jnp.exp(jnp.clip(x, -700.0, 700.0))))
