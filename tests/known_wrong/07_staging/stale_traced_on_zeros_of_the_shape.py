"""Asks about a placeholder of arr's shape, jnp.zeros(arr.shape): "jit keeps one program per
shape, and the values don't matter when tracing".

The values don't, but the dtype does: jnp.zeros is float64, so for an int or float32 arr this
asks about the float64 program, which may be the stale one while arr's is not.
"""

CAUGHT_BY = ("test_stale_function_sums_sees_a_new_shape_traced_with_the_new_global",)

import jax.numpy as jnp  # noqa: E402


def stale_function_sums(arr):
    placeholder = jnp.zeros(arr.shape)
    return "reduce_sum" in jaxpr_primitives(accumulate_jax_global, placeholder)  # noqa: F821
