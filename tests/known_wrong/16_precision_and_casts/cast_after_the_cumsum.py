"""Casts the running totals to int64 after jnp.cumsum has computed them in int32.

Plausible: the result has the dtype the rules ask for. But the totals already wrapped inside
the cumsum; widening them afterwards only keeps the wrong numbers in a wider type.
"""

CAUGHT_BY = (
    "test_running_total_goes_past_2_to_the_31",
    "test_running_total_matches_numpy_int64_cumsum",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def running_total(counts):
    return jnp.cumsum(counts).astype(jnp.int64)
