"""Replaces NaN and the infinities with numbers before comparing with the threshold.

Plausible: "NaN breaks comparisons". But nan_to_num makes NaN 0.0, which is above a negative
threshold, and inf the largest float64, which is no longer above a threshold of that size.
"""

CAUGHT_BY = ("test_indices_above_examples", "test_indices_above_matches_numpy_on_any_array")

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="size")
def indices_above(arr, threshold, size):
    return jnp.nonzero(jnp.nan_to_num(arr) > threshold, size=size, fill_value=-1)[0]
