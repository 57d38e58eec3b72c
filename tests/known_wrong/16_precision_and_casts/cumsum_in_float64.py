"""Accumulates the running totals in float64, then casts them to int64.

Plausible: float64 has plenty of range, the dtype the rules ask for comes out, and every
short test passes: float64 holds every whole number up to 2**53. But the totals of a little
over 2**22 counts near 2**31 pass 2**53, and from there an odd total has no float64 value:
it comes back one off.
"""

CAUGHT_BY = ("test_running_total_stays_exact_past_2_to_the_53",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def running_total(counts):
    return jnp.cumsum(counts, dtype=jnp.float64).astype(jnp.int64)
