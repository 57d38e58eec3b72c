"""Uses jnp.take, whose default already fills out-of-range reads with NaN, then swaps every
NaN for the fill value asked for.

Plausible: it repairs jnp.take's NaN sentinel. But a table may hold NaN itself: an index in
range that reads a NaN entry gets the fill value too, as if it were out of range.
"""

CAUGHT_BY = ("test_lookup_examples",)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="fill_value")
def lookup(table, idx, fill_value):
    found = jnp.take(table, idx)
    return jnp.where(jnp.isnan(found), fill_value, found)
