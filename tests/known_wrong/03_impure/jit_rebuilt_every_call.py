"""Builds a new jitted closure over the flag on every call: right values, never cached."""

CAUGHT_BY = (
    "test_accumulate_jax_stays_jitted",
    "test_accumulate_jax_compiles_at_most_once_per_flag_value",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


def accumulate_jax(arr, do_sum):
    return jax.jit(lambda a: jnp.sum(a) if do_sum else jnp.prod(a))(arr)
