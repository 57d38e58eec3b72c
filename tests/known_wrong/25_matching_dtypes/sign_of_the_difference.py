"""Compares in int64 by the sign of the difference, `x - threshold > 0`.

Plausible: int64 holds every sample and every threshold, and "a > b" is "a - b > 0" on paper.
But the difference does not fit: 0 - (-2**63) is 2**63, which wraps to -2**63 in int64, and
-128 - (2**63 - 1) wraps to a positive number. At the ends of the int64 range the count is
wrong.
"""

CAUGHT_BY = ("test_count_above_examples", "test_count_above_matches_numpy")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def count_above(x, threshold):
    return jnp.sum(x.astype(jnp.int64) - threshold > 0)
