"""Checks the smallest and the largest index with an explicit checkify.check.

Right for every non-empty index array. An empty one has no minimum: jnp.min raises
ValueError while tracing, where the Rules say that no index at all is in range.
"""

CAUGHT_BY = ("test_lookup_checked_passes_indices_in_range",)

import jax  # noqa: E402
from jax.experimental import checkify  # noqa: E402


@jax.jit
@checkify.checkify
def lookup_checked(table, idx):
    n = table.shape[0]
    checkify.check((idx.min() >= -n) & (idx.max() < n), "index out of range")
    return table[idx]
