"""Caps the level at the capacity with jnp.minimum, and forgets the floor at 0.

Plausible: the "overflows at capacity" example is the one that catches the eye. But a
reservoir that runs dry stays at 0; this one goes negative.
"""

CAUGHT_BY = ("test_reservoir_level_examples", "test_reservoir_level_matches_a_python_loop")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def reservoir_level(inflows, capacity):
    def day(i, level):
        return jnp.minimum(level + inflows[i], capacity)

    return lax.fori_loop(0, inflows.shape[0], day, jnp.zeros((), inflows.dtype))
