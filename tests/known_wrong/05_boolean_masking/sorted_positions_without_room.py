"""Sorts the positions so that the matches come first, then keeps `size` of them.

Plausible and fixed-shape: a stable argsort of "not a match" puts the matching indices first,
in order, and the rest become -1. But argsort returns len(arr) positions: when `size` is
larger, there are not enough of them to cut, and the result is too short.
"""

CAUGHT_BY = ("test_indices_above_examples", "test_indices_above_matches_numpy_on_any_array")

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="size")
def indices_above(arr, threshold, size):
    mask = arr > threshold
    order = jnp.argsort(~mask, stable=True)[:size]
    return jnp.where(mask[order], order, -1)
