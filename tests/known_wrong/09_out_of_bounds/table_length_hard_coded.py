"""Checks the index against the length of the table in the examples, 10, written as a number.

Plausible "hard-coding for the visible examples": right for every table of 10 entries, and
wrong for any other: a valid index of a longer table gets the fill value, and an invalid one
of a shorter table is clamped.
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
    return jnp.where((idx >= -10) & (idx < 10), table[idx], fill_value)
