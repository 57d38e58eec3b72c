"""jnp.where on one scalar predicate, jnp.max(arr, initial=-inf) > 3.

Right: initial=-inf gives the empty array a maximum (-inf, not > 3); a NaN makes the maximum
NaN and picks the product, but then the sum is NaN too; jnp.where selects, so the overflowing
branch not taken never leaks into the answer.
"""

import jax
import jax.numpy as jnp


@jax.jit
def accumulate_if(arr):
    above = jnp.max(arr, initial=-jnp.inf) > 3
    return jnp.where(above, jnp.sum(arr), jnp.prod(arr))
