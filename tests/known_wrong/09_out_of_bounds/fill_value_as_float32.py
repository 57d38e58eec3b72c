"""Passes the fill value as a float32 constant: "the sentinel's type should be explicit".

For -1.0 or 99.0 nothing changes: they are float32 numbers. But 0.1 is not: the table gets
float32(0.1) = 0.10000000149... where the caller asked for 0.1.
"""

CAUGHT_BY = (
    "test_lookup_examples",
    "test_lookup_matches_numpy_with_a_sentinel_on_any_indices",
)

import functools  # noqa: E402

import jax  # noqa: E402
import numpy as np  # noqa: E402


@functools.partial(jax.jit, static_argnames="fill_value")
def lookup(table, idx, fill_value):
    return table.at[idx].get(mode="fill", fill_value=np.float32(fill_value))
