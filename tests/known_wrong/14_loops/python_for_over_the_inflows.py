"""Drops the iterator and fori_loop for a plain Python loop over the inflows, under jax.jit.

Plausible: iterating over a traced array works under jit and gives the right levels. But the
loop runs while tracing: one clip and one add per day, so a year of inflows is a program of
hundreds of equations, and every new length traces and compiles another one.
"""

CAUGHT_BY = ("test_reservoir_level_is_one_loop_whatever_the_number_of_days",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def reservoir_level(inflows, capacity):
    level = 0.0
    for inflow in inflows:
        level = jnp.clip(level + inflow, 0.0, capacity)
    return level
