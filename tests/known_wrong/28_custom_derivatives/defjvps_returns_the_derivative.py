"""defjvps with a rule that returns the derivative, 1 where |x| <= 1, instead of the tangent.

Plausible: the rule reads like the Rules ("the derivative is 1 where |x| <= 1, else 0"), and
jax.jvp with a tangent of ones, the usual first check, gives exactly the mask. But a JVP rule
maps the input's tangent to the output's: it must be the derivative times the tangent, linear
in it. This one ignores the tangent, so a tangent of 2 or 3 still gives 1, and JAX cannot
transpose it for reverse mode.
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
def _mask_only(x):
    return (x > 0).astype(x.dtype)


_mask_only.defjvps(lambda tangent, answer, x: (jnp.abs(x) <= 1).astype(x.dtype))


@jax.jit
def binarize(x):
    return _mask_only(x)
