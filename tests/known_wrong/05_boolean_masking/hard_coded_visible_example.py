"""Returns the answer of the visible example (arange(1., 6.), threshold 3.0, size 4).

Shaped right for that call and jitted, but it ignores arr and threshold entirely.
"""

CAUGHT_BY = ("test_indices_above_examples", "test_indices_above_matches_numpy_on_any_array")

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="size")
def indices_above(arr, threshold, size):
    return jnp.full(size, -1).at[:2].set(jnp.array([3, 4])[:size])
