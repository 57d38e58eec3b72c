"""Counts in the index array's own dtype: `jnp.zeros(n_bins, dtype=idx.dtype)`, "so the
counts match the indices".

Plausible, and found by an outside review (the judge accepted it): with int64 indices it is
right. Wrong: int8 or int16 indices make int8 or int16 counters, which wrap: 300 repeats of
index 0 as int8 come back as 44.
"""

CAUGHT_BY = ("test_histogram_counts_more_repeats_than_a_16_bit_counter_holds",)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="n_bins")
def histogram(idx, n_bins):
    return jnp.zeros(n_bins, dtype=idx.dtype).at[idx].add(1)
