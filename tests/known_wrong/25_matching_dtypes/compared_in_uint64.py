"""Compares in uint64, the widest integer type, so that even 2**63 - 1 fits beside uint32.

Plausible: uint64 holds every sample of an unsigned dtype and every non-negative threshold.
But a negative threshold is a Python int too: it takes uint64 and wraps, -1 becoming
2**64 - 1, so a threshold below zero counts nothing instead of everything.
"""

CAUGHT_BY = ("test_count_above_examples", "test_count_above_matches_numpy")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def count_above(x, threshold):
    return jnp.sum(x.astype(jnp.uint64) > threshold)
