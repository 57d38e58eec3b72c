"""Casts the threshold to the samples' dtype, so that both sides of `>` have one type.

Plausible: the kata is about types that must agree, and these now agree, explicitly. But the
cast does what the weak type did implicitly: 200 does not fit int8 and wraps to -56, and -1
becomes 4294967295 in uint32. The types must agree on a type that holds both values.
"""

CAUGHT_BY = ("test_count_above_examples", "test_count_above_matches_numpy")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def count_above(x, threshold):
    return jnp.sum(x > jnp.asarray(threshold).astype(x.dtype))
