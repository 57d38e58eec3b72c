"""Masks with lax.select, and writes each match to its rank with a scatter.

Both are right: select keeps the shape like jnp.where. For the indices, a cumulative sum of
the mask gives every match its position in the output; the non-matches are sent past the end,
where a scatter drops them, and the slots nobody wrote stay -1.
"""

import functools

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def sum_greater_than_three(arr):
    return lax.select(arr > 3, arr, jnp.zeros_like(arr)).sum()


@functools.partial(jax.jit, static_argnames="size")
def indices_above(arr, threshold, size):
    mask = arr > threshold
    rank = jnp.cumsum(mask) - 1
    slot = jnp.where(mask, rank, size)  # size is past the end: dropped
    return jnp.full(size, -1).at[slot].set(jnp.arange(arr.shape[0]), mode="drop")
