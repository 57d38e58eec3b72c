"""Widens the samples to int32 before comparing.

Plausible: int32 holds every int8, uint8, int16 and uint16 sample, and the small thresholds of
the lesson then compare right. But the Python int still takes the widened dtype: a threshold
of 2**31 or more wraps in int32, and uint32 samples of 2**31 or more wrap negative. Only int64
holds every sample and every threshold.
"""

CAUGHT_BY = ("test_count_above_examples", "test_count_above_matches_numpy")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def count_above(x, threshold):
    return jnp.sum(x.astype(jnp.int32) > threshold)
