"""Selects the elements that are not at or below the threshold: `~(arr <= threshold)`.

Plausible, and the same as `arr > threshold` for every number. But a comparison with NaN is
always False, so NaN is "not at or below" anything and gets selected; so does every element
when the threshold is NaN.
"""

CAUGHT_BY = ("test_indices_above_examples", "test_indices_above_matches_numpy_on_any_array")

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="size")
def indices_above(arr, threshold, size):
    return jnp.nonzero(~(arr <= threshold), size=size, fill_value=-1)[0]
