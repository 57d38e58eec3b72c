"""Turns negative indices into positive ones first, `idx + n`, then fills what is out of range.

Plausible: "handle the negatives, then let mode='fill' do the rest". But -n - 1 becomes -1,
which mode="fill" again reads as the last entry: an index before the start is read instead
of filled.
"""

CAUGHT_BY = (
    "test_lookup_examples",
    "test_lookup_matches_numpy_with_a_sentinel_on_any_indices",
)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="fill_value")
def lookup(table, idx, fill_value):
    idx = jnp.where(idx < 0, idx + table.shape[0], idx)
    return table.at[idx].get(mode="fill", fill_value=fill_value)
