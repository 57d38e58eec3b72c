"""Adds the gradient instead of subtracting it: every step climbs the loss."""

CAUGHT_BY = (
    "test_update_takes_one_step_down_the_mse_gradient",
    "test_fit_recovers_the_lecture_parameters",
    "test_fit_recovers_other_parameters_from_other_data",
)

import jax  # noqa: E402


@jax.jit
def update(params, x, y):
    grads = jax.grad(loss)(params, x, y)  # noqa: F821 - defined in the reference kata.py
    return jax.tree.map(lambda p, g: p + LEARNING_RATE * g, params, grads)  # noqa: F821
