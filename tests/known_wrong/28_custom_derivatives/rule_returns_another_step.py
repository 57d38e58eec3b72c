"""The custom rule returns its own step as the value, written x >= 0.

Plausible: binarize(x) itself is the step (x > 0), and the rule's tangent is right
everywhere, in both modes. But under a transform the value comes from the rule, not from the
function: jax.jvp, jax.linearize and jax.vjp (so jax.grad too) see 1 at 0.0 and -0.0, and in
the layer's loss an output at 0 counts as a 1. The rule's value must be the function's.
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
def _two_steps(x):
    return (x > 0).astype(x.dtype)


@_two_steps.defjvp
def _two_steps_rule(primals, tangents):
    (x,), (dx,) = primals, tangents
    return (x >= 0).astype(x.dtype), jnp.where(jnp.abs(x) <= 1, dx, jnp.zeros_like(dx))


@jax.jit
def binarize(x):
    return _two_steps(x)
