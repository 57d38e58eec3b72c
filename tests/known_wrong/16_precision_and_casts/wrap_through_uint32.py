"""Wraps through uint32: float -> uint32 -> uint8.

Plausible: an unsigned type "for an unsigned result", and the uint32-to-uint8 step does wrap.
But the float-to-uint32 step saturates: every negative number becomes 0 before the wrap,
where -1.0 must give 255.
"""

CAUGHT_BY = ("test_wrap_to_uint8_examples", "test_wrap_to_uint8_matches_numpy_integer_wrap")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def wrap_to_uint8(x):
    return x.astype(jnp.uint32).astype(jnp.uint8)
