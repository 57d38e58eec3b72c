"""binarize as the plain step, (x > 0).astype(x.dtype), with no custom derivative at all.

Plausible: the values are exactly right, in both dtypes, and jax.grad, jax.jvp and jax.jacfwd
all run without a word, so forward mode "works" now. But a comparison has no derivative: the
gradient of the step is exactly 0 everywhere (J32), so a layer of binarize units learns
nothing from its data. The Rules promise the straight-through derivative, 1 where |x| <= 1.
"""

CAUGHT_BY = (
    "test_binarize_derivative_in_reverse_mode",
    "test_binarize_derivative_in_forward_mode",
    "test_binarize_matches_numpy_on_any_input",
    "test_training_step_gradient_in_both_modes",
)

import jax  # noqa: E402


@jax.jit
def binarize(x):
    return (x > 0).astype(x.dtype)
