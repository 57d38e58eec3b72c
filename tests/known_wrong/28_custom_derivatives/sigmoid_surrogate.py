"""A custom_jvp that uses the derivative of a steep sigmoid as the surrogate gradient.

Plausible: a smooth surrogate is a common alternative to the straight-through estimator, it
is nonzero near 0 and vanishes far away, and both modes work. But it is not the derivative
the Rules promise (1 where |x| <= 1, else 0): 4 * sigmoid'(4x) is 1 at 0 only.
"""

CAUGHT_BY = (
    "test_binarize_derivative_in_reverse_mode",
    "test_binarize_derivative_in_forward_mode",
    "test_binarize_matches_numpy_on_any_input",
)

import jax  # noqa: E402


@jax.custom_jvp
def _smooth(x):
    return (x > 0).astype(x.dtype)


@_smooth.defjvp
def _smooth_rule(primals, tangents):
    (x,), (dx,) = primals, tangents
    s = jax.nn.sigmoid(4 * x)
    return _smooth(x), dx * 4 * s * (1 - s)


@jax.jit
def binarize(x):
    return _smooth(x)
