"""Counts in an int8 array: "a histogram of a few indices never needs more than a byte".

Plausible: small dtypes look thrifty, and every visible example counts to three at most. But
an int8 count wraps past 127: 70 000 repeats of one index come back as a small number.
"""

CAUGHT_BY = ("test_histogram_counts_more_repeats_than_a_16_bit_counter_holds",)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="n_bins")
def histogram(idx, n_bins):
    return jnp.zeros(n_bins, dtype=jnp.int8).at[idx].add(1)
