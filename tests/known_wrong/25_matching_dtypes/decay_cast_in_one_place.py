"""Casts DECAY to the signal's dtype where it multiplies the level, and leaves `1 - DECAY`.

Plausible: the TypeError names the level, and the level is multiplied by DECAY: cast that
one. But `1 - DECAY` is a NumPy float64 too, it multiplies xi, and the sum is float64 again:
the scan raises the same TypeError for a float32 or float16 signal.
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
    decay = jnp.asarray(DECAY, dtype=x.dtype)  # noqa: F821

    def step(level, xi):
        level = decay * level + (1 - DECAY) * xi  # noqa: F821
        return level, level

    _, levels = lax.scan(step, x[0], x)
    return levels
