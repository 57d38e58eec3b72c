"""Sums with the `where=` argument of jnp.sum, and finds indices with jnp.flatnonzero.

Both are right: `jnp.sum(arr, where=mask)` leaves the unselected elements out of the sum
(NaN included) with a fixed shape, and flatnonzero takes the same size and fill_value as
nonzero and returns the flat indices directly. `size` is made static by position here.
"""

import functools

import jax
import jax.numpy as jnp


@jax.jit
def sum_greater_than_three(arr):
    return jnp.sum(arr, where=arr > 3)


@functools.partial(jax.jit, static_argnums=2)
def indices_above(arr, threshold, size):
    return jnp.flatnonzero(arr > threshold, size=size, fill_value=-1)
