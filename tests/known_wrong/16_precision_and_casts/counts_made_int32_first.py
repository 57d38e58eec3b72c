"""Casts the counts to int32 first ("the counts are int32"), then accumulates in int64.

Plausible: the accumulator is int64 as the lesson says, and for int8, int16, uint8, uint16
and int32 counts the extra cast changes nothing. But a uint32 count of 2**31 or more does not
fit int32: the cast wraps it to a negative number before the sum.
"""

CAUGHT_BY = ("test_running_total_of_every_integer_dtype",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def running_total(counts):
    return jnp.cumsum(counts.astype(jnp.int32), dtype=jnp.int64)
