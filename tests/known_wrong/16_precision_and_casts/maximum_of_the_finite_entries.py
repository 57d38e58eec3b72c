"""Takes the maximum over the entries with the infinities replaced by 0.

Plausible: "infinities break the shift, so leave them out of the maximum"; all -inf and +inf
come out right, and so does every finite input. But next to a -inf entry the finite entries
may all be far below 0: for [-inf, -1000] the shift is 0, exp(-1000) underflows to 0, and the
answer is -inf instead of -1000.
"""

CAUGHT_BY = ("test_log_sum_exp_at_the_extremes", "test_log_sum_exp_is_the_same_jitted_and_op_by_op")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def log_sum_exp(x):
    m = jnp.max(jnp.where(jnp.isinf(x), 0.0, x))
    return m + jnp.log(jnp.sum(jnp.exp(x - m)))
