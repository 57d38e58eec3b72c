"""JAX: jnp.where on the traced flag between the sum and the product; numba: np.sum / np.prod.

Right: jnp.where selects, it does not multiply, so the branch not taken (inf or NaN) never
leaks into the answer; one compilation serves both flag values.
"""

import jax
import jax.numpy as jnp
import numba
import numpy as np


@numba.njit
def accumulate_numba(arr, do_sum):
    return np.sum(arr) if do_sum else np.prod(arr)


@jax.jit
def accumulate_jax(arr, do_sum):
    return jnp.where(do_sum, jnp.sum(arr), jnp.prod(arr))
