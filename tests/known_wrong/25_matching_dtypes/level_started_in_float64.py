"""Starts the scan from x[0] cast to float64, so that the carry is float64 from the start.

Plausible: the carry's type now agrees with what DECAY makes of it, the scan runs, and every
level is right (better than right: computed in float64). But the levels come out float64 for a
float32 or float16 signal: the NumPy scalar promoted the whole computation, silently, and the
Rules ask for the signal's own dtype.
"""

CAUGHT_BY = (
    "test_smooth_examples",
    "test_smooth_of_a_long_signal",
    "test_smooth_matches_the_recurrence",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def smooth(x):
    def step(level, xi):
        level = DECAY * level + (1 - DECAY) * xi  # noqa: F821
        return level, level

    _, levels = lax.scan(step, x[0].astype(jnp.float64), x)
    return levels
