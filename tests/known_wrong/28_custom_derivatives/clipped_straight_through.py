"""The straight-through trick through a clip: c + stop_gradient(step - c), c = clip(x, -1, 1).

Plausible: jnp.clip's derivative is 1 inside [-1, 1] and 0 outside, the values are exact (c
is small, so c + (step - c) rounds back to the step) and both modes work. But at the edges
x = 1 and x = -1 clip's derivative is 0.5: jnp.clip is a maximum and a minimum, and JAX splits
the derivative of a max (or min) evenly between tied arguments. The Rules say 1 at |x| == 1.
"""

CAUGHT_BY = (
    "test_binarize_derivative_in_reverse_mode",
    "test_binarize_derivative_in_forward_mode",
    "test_binarize_matches_numpy_on_any_input",
    "test_training_step_gradient_in_both_modes",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def binarize(x):
    clipped = jnp.clip(x, -1, 1)
    return clipped + lax.stop_gradient((x > 0).astype(x.dtype) - clipped)
