"""Compares the samples as float32, where any threshold fits without wrapping.

Plausible: a float32 reaches 3.4e38, so no threshold wraps any more. But float32 holds every
integer only up to 2**24: int32 and uint32 samples and thresholds near their edges are rounded,
and 2**31 - 1 > 2**31 - 2 becomes 2**31 > 2**31, False.
"""

CAUGHT_BY = ("test_count_above_examples",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def count_above(x, threshold):
    return jnp.sum(x.astype(jnp.float32) > threshold)
