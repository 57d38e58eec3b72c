"""Turns a NaN result into -inf, since all -inf entries are what made the NaN.

Plausible: it mends the all -inf case after the fact. But a +inf entry also gives NaN, whose
answer is inf, and a NaN entry must give NaN: both come out as -inf.
"""

CAUGHT_BY = ("test_log_sum_exp_at_the_extremes", "test_log_sum_exp_is_the_same_jitted_and_op_by_op")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def log_sum_exp(x):
    m = jnp.max(x)
    return jnp.nan_to_num(m + jnp.log(jnp.sum(jnp.exp(x - m))), nan=-jnp.inf)
