"""Counts in uint16: "counts are never negative, and 65 535 is plenty".

Plausible: an unsigned type for a count reads as careful. It wraps past 65 535 repeats.
"""

CAUGHT_BY = ("test_histogram_counts_more_repeats_than_a_16_bit_counter_holds",)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="n_bins")
def histogram(idx, n_bins):
    return jnp.zeros(n_bins, dtype=jnp.uint16).at[idx].add(1)
