"""The stop_gradient trick without its parentheses: step + s - stop_gradient(s), s = x * mask.

Plausible: s - stop_gradient(s) is exactly 0 with the mask as derivative, in both modes, and
the values at the edges (0.5, 1, 1e-30, the largest numbers) come out right. But Python adds
left to right, (step + s) - s, and 1 + s rounds: at x = 0.4, 0.9 or 0.13 (0.3 in float32) the
value is 1 - 1 ulp or 1 + 1 ulp, not 1. The exact zero must be added to the step as a whole.
"""

CAUGHT_BY = ("test_binarize_matches_numpy_on_any_input",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def binarize(x):
    inside = x * (jnp.abs(x) <= 1).astype(x.dtype)
    return (x > 0).astype(x.dtype) + inside - lax.stop_gradient(inside)
