"""Reads the inflows by index in a lax.fori_loop, with unroll=True "for speed".

Plausible: the docs offer unroll= as a performance knob, the values are right and the jaxpr
holds a single scan. But unroll=True asks XLA for one copy of the body per day: the compiled
program grows with the number of days, exactly like the Python loop it replaced.
"""

CAUGHT_BY = ("test_reservoir_level_is_one_loop_whatever_the_number_of_days",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def reservoir_level(inflows, capacity):
    def day(i, level):
        return jnp.clip(level + inflows[i], 0.0, capacity)

    return lax.fori_loop(0, inflows.shape[0], day, jnp.zeros((), inflows.dtype), unroll=True)
