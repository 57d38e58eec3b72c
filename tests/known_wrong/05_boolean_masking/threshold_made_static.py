"""Marks the threshold static as well as the size.

Right answers, but every new threshold value compiles a new program: a threshold that changes
every call (a data-dependent cut-off, a sweep) recompiles every call.
"""

CAUGHT_BY = ("test_new_threshold_does_not_recompile_indices_above",)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames=("threshold", "size"))
def indices_above(arr, threshold, size):
    return jnp.nonzero(arr > threshold, size=size, fill_value=-1)[0]
