"""A plain Python function that picks one of two jitted functions by the flag.

Plausible: "jit the maths, keep the logic in Python"; right answers, one compilation each.
Wrong: accumulate_jax itself is no longer the function jax.jit returns (the Rules ask for it),
so it cannot be jitted into a bigger program with a traced flag.
"""

CAUGHT_BY = (
    "test_accumulate_jax_stays_jitted",
    "test_accumulate_jax_compiles_at_most_once_per_flag_value",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402

_sum = jax.jit(jnp.sum)
_prod = jax.jit(jnp.prod)


def accumulate_jax(arr, do_sum):
    return _sum(arr) if do_sum else _prod(arr)
