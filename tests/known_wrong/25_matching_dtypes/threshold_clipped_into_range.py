"""Clips the threshold into the samples' range before comparing.

Plausible: a threshold above the largest int8 counts nothing, and the largest int8 itself
counts nothing too, so clipping changes nothing there and the wrap is gone. But at the other
end it does: a threshold below the smallest value counts every sample, and the clipped one
(the smallest value itself) leaves out the samples equal to it.
"""

CAUGHT_BY = ("test_count_above_examples", "test_count_above_matches_numpy")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def count_above(x, threshold):
    info = jnp.iinfo(x.dtype)
    return jnp.sum(x > jnp.clip(threshold, int(info.min), int(info.max)))
