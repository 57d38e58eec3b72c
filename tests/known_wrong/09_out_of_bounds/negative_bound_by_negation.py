"""Tests a negative index by negating it: valid when `-idx <= n`.

Right for every int64 index and for most int32 ones. But -(-2**31) does not fit in an int32:
it wraps around to -2**31, which is <= n, so the most negative int32 index passes as valid
and is clamped to the first entry instead of giving the fill value.
"""

CAUGHT_BY = ("test_lookup_examples",)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="fill_value")
def lookup(table, idx, fill_value):
    n = table.shape[0]
    valid = jnp.where(idx < 0, -idx <= n, idx < n)
    return jnp.where(valid, table[idx], fill_value)
