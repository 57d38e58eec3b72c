"""The textbook straight-through trick: x + lax.stop_gradient(step(x) - x).

Plausible: it is the one-line estimator of many tutorials, it works in both modes (no custom
rule to transpose) and its values look right. But its derivative is 1 everywhere, not only
where |x| <= 1, and its value is not the step for large x: 1e16 + (1 - 1e16) rounds to 0.0,
since 1 - 1e16 rounds to -1e16. The step must be added to something that is exactly 0.
"""

CAUGHT_BY = (
    "test_binarize_values",
    "test_binarize_derivative_in_reverse_mode",
    "test_binarize_derivative_in_forward_mode",
    "test_binarize_matches_numpy_on_any_input",
)

import jax  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def binarize(x):
    step = (x > 0).astype(x.dtype)
    return x + lax.stop_gradient(step - x)
