"""Guards the index that runs past the end, and forgets the ones before the start.

Plausible: "out of bounds" reads as "too large". An index below -n is still clamped to the
first entry instead of giving the fill value.
"""

CAUGHT_BY = ("test_lookup_examples", "test_lookup_matches_numpy_with_a_sentinel_on_any_indices")

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="fill_value")
def lookup(table, idx, fill_value):
    return jnp.where(idx < table.shape[0], table[idx], fill_value)
