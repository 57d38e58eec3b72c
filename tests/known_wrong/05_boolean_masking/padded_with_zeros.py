"""Gives jnp.nonzero its size but forgets fill_value: the padding is 0, a valid index.

Plausible: the ConcretizationTypeError asks for `size`, and adding it makes the error go away.
The caller can no longer tell "index 0 matched" from "no more matches".
"""

CAUGHT_BY = ("test_indices_above_examples", "test_indices_above_matches_numpy_on_any_array")

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="size")
def indices_above(arr, threshold, size):
    return jnp.nonzero(arr > threshold, size=size)[0]
