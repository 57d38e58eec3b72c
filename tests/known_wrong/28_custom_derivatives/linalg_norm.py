"""safe_norm as jnp.linalg.norm: no custom rule, JAX derives the derivative itself.

Plausible: the library's own norm, exact values, both modes work, and the derivative is right
for every nonzero vector. But at the zero vector the chain rule multiplies the derivative of
the square root, infinite at 0, by 0 (J16): the gradient is NaN, in both modes.
"""

CAUGHT_BY = (
    "test_safe_norm_at_the_zero_vector",
    "test_safe_norm_matches_python_on_any_vector",
    "test_safe_norm_makes_no_nan_under_debug_nans",
    "test_training_step_gradient_in_both_modes",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_norm(v):
    return jnp.linalg.norm(v)
