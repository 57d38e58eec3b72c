"""Marks the array static so that Python can read its values while tracing.

Plausible after kata 03 ("static_argnames fixed the flag"). A static argument must be
hashable, and arrays are not: every call raises ValueError (and if it could work, it would
compile once per distinct array).
"""

CAUGHT_BY = (
    "test_each_example_takes_the_right_branch",
    "test_any_array_takes_the_right_branch",
    "test_one_compilation_serves_both_branches",
)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnums=0)
def accumulate_if(arr):
    if jnp.any(arr > 3):
        return jnp.sum(arr)
    return jnp.prod(arr)
