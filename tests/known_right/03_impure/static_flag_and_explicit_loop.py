"""JAX: the flag static (static_argnames), so a Python `if` decides while tracing; numba: the
sum and the product written as explicit loops.

Right: one compilation per flag value is what the Rules allow for JAX, and a loop from 0.0 or
1.0 gives the same IEEE results as arr.sum() / arr.prod() (the empty array included).
"""

import functools

import jax
import jax.numpy as jnp
import numba


@numba.njit
def accumulate_numba(arr, do_sum):
    if do_sum:
        total = 0.0
        for x in arr:
            total += x
        return total
    product = 1.0
    for x in arr:
        product *= x
    return product


@functools.partial(jax.jit, static_argnames="do_sum")
def accumulate_jax(arr, do_sum):
    if do_sum:
        return jnp.sum(arr)
    return jnp.prod(arr)
