"""A custom_jvp whose rule passes the tangent where |x| < 1: strictly inside the interval.

Plausible: right in both modes everywhere but at two points, which random inputs never hit.
The Rules put the edges inside: the derivative is 1 where |x| <= 1, so at x = 1 and x = -1
it must be 1, not 0 (the GIVEN straight_through's backward pass says <= too).
"""

CAUGHT_BY = (
    "test_binarize_derivative_in_reverse_mode",
    "test_binarize_derivative_in_forward_mode",
    "test_binarize_matches_numpy_on_any_input",
    "test_training_step_gradient_in_both_modes",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.custom_jvp
def _strict(x):
    return (x > 0).astype(x.dtype)


@_strict.defjvp
def _strict_rule(primals, tangents):
    (x,), (dx,) = primals, tangents
    return _strict(x), jnp.where(jnp.abs(x) < 1, dx, 0.0)


@jax.jit
def binarize(x):
    return _strict(x)
