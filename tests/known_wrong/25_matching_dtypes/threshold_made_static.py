"""Makes the threshold a static argument and compares in int64.

Plausible: the counts are right for every threshold, and a static threshold is a plain Python
int that JAX never converts. But a static argument is part of jit's cache key: every new
threshold compiles a new program, where a traced one serves them all.
"""

CAUGHT_BY = ("test_count_above_compiles_once_for_any_threshold",)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="threshold")
def count_above(x, threshold):
    return jnp.sum(x.astype(jnp.int64) > threshold)
