"""Clips into [0, 255] before the cast: an explicit, portable saturation.

Plausible: "clip explicitly" is the usual advice for casts, and this is well defined on every
platform. But it saturates, and the rules ask for NumPy's integer wrap-around (256 -> 0).
"""

CAUGHT_BY = ("test_wrap_to_uint8_examples", "test_wrap_to_uint8_matches_numpy_integer_wrap")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def wrap_to_uint8(x):
    return jnp.clip(x, 0, 255).astype(jnp.uint8)
