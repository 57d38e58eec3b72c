"""Turns DECAY into a float32 once, `jnp.float32(DECAY)`, for every signal.

Plausible: the lesson's float32 example passes, and float32 is "the" low precision. But a
float16 level times a float32 DECAY is float32, so the scan raises for float16 signals; and a
float64 signal is smoothed with a DECAY rounded to float32, 1e-8 off, far more than float64's
rounding. The factor has to take the signal's dtype, whichever it is.
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
    decay = jnp.float32(DECAY)  # noqa: F821

    def step(level, xi):
        level = decay * level + (1 - decay) * xi
        return level, level

    _, levels = lax.scan(step, x[0], x)
    return levels
