"""Treats every negative index as out of range: valid means 0 <= idx < n.

Plausible: a bounds check as one writes it in C. But -1 is the last entry in NumPy and in
JAX, and here it gives the fill value.
"""

CAUGHT_BY = ("test_lookup_examples", "test_lookup_matches_numpy_with_a_sentinel_on_any_indices")

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="fill_value")
def lookup(table, idx, fill_value):
    valid = (idx >= 0) & (idx < table.shape[0])
    return jnp.where(valid, table[idx], fill_value)
