"""Shifts by the maximum, exactly as the lesson says, and nothing more.

Plausible: it is the textbook log-sum-exp, right for every finite input, jitted and op by
op. But when the maximum is -inf (every entry -inf: all probabilities 0) x - m is
-inf - -inf = NaN, and when it is +inf, inf - inf = NaN: the answer is NaN instead of -inf
or inf.
"""

CAUGHT_BY = ("test_log_sum_exp_at_the_extremes", "test_log_sum_exp_is_the_same_jitted_and_op_by_op")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def log_sum_exp(x):
    m = jnp.max(x)
    return m + jnp.log(jnp.sum(jnp.exp(x - m)))
