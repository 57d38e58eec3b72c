"""Drops @jax.jit from gradient_step and keeps the NumPy gradient, which then just works.

Plausible: "it only fails under jit, so remove jit". Right steps, but nothing is compiled, and
the NumPy gradient has to be kept in step with the loss by hand.
"""

CAUGHT_BY = (
    "test_gradient_step_stays_jitted",
    "test_new_learning_rate_does_not_recompile_gradient_step",
)


def gradient_step(w, X, y, learning_rate):
    return w - learning_rate * logistic_gradient_numpy(w, X, y)  # noqa: F821
