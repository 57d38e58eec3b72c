"""Replaces the loop by a running sum, clipped into [0, capacity] afterwards.

Plausible: "no Python loop, no iterator, vectorised": the level is a running total of the
inflows, and clipping the totals looks like clipping the level. But the level is clipped
every day, which a clip after the sum does not do: [3, -5, 2] runs dry on day 2 and ends at
2, the clipped running sum ends at 0. The program has no loop in it either.
"""

CAUGHT_BY = (
    "test_reservoir_level_examples",
    "test_reservoir_level_matches_a_python_loop",
    "test_reservoir_level_is_one_loop_whatever_the_number_of_days",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def reservoir_level(inflows, capacity):
    return jnp.clip(jnp.cumsum(inflows), 0.0, capacity)[-1]
