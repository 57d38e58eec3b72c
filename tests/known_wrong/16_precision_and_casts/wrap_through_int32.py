"""Wraps through int32 instead of int64: float -> int32 -> uint8.

Plausible: the integer-to-integer cast does wrap, and int32 is the usual default int. But the
float-to-int32 step saturates at 2**31 - 1 first, so large whole numbers come out as 255.
"""

CAUGHT_BY = ("test_wrap_to_uint8_examples", "test_wrap_to_uint8_matches_numpy_integer_wrap")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def wrap_to_uint8(x):
    return x.astype(jnp.int32).astype(jnp.uint8)
