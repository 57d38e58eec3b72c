"""Kata 05 · Boolean masks have no static shape (covers J05).

Reference solution.
"""

import functools

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. -----------------------


@jax.jit
def sum_greater_than_three_masked(arr):
    """Sum of the elements of arr that are > 3, by boolean indexing under jax.jit."""
    return jnp.sum(arr[arr > 3])


@jax.jit
def indices_above_unsized(arr, threshold):
    """Indices of the elements of arr that are > threshold, by jnp.nonzero under jax.jit."""
    return jnp.nonzero(arr > threshold)[0]


# --- SOLUTION --------------------------------------------------------------------------------
# Keep the shape, drop the values: jnp.where zeroes the elements that are not > 3 and the sum
# runs over the whole array. For indices the caller fixes the shape: nonzero(size=...) pads
# with fill_value and truncates to the first `size` matches; only `size` is static.


@jax.jit
def sum_greater_than_three(arr):
    """Sum of the elements of arr that are > 3 (0.0 if there are none), compiled by jax.jit."""
    return jnp.where(arr > 3, arr, 0).sum()


@functools.partial(jax.jit, static_argnames="size")
def indices_above(arr, threshold, size):
    """Indices of the elements of 1-D arr that are > threshold, in increasing order.

    Always returns `size` indices: padded with -1 when fewer elements match, the first `size`
    of them when more do. `size` is static (the output shape depends on it: one compilation
    per value); `threshold` is traced (a new threshold must not recompile).
    """
    return jnp.nonzero(arr > threshold, size=size, fill_value=-1)[0]
