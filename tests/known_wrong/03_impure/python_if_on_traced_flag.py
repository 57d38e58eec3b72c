"""A Python `if` on the flag inside jax.jit: the flag is a tracer there."""

CAUGHT_BY = ("test_flag_argument_is_read_on_every_call",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def accumulate_jax(arr, do_sum):
    if do_sum:
        return jnp.sum(arr)
    return jnp.prod(arr)
