"""Clips yesterday's level, then adds today's inflow.

Plausible: the same two operations in one line of a fori_loop body, just in the other order.
But then the last day's inflow is never clipped: two days of outflow from an empty reservoir
end at -1, below zero.
"""

CAUGHT_BY = ("test_reservoir_level_examples", "test_reservoir_level_matches_a_python_loop")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def reservoir_level(inflows, capacity):
    def day(i, level):
        return jnp.clip(level, 0.0, capacity) + inflows[i]

    return lax.fori_loop(0, inflows.shape[0], day, jnp.zeros((), inflows.dtype))
