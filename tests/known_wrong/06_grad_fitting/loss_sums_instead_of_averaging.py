"""A scalar loss, but the sum of the squared errors instead of their mean.

jax.grad accepts it, and the gradient is len(x) times larger: with the lecture's learning
rate and 200 points every step overshoots, and the fit diverges to nan.
"""

CAUGHT_BY = (
    "test_loss_is_the_mean_squared_error",
    "test_update_takes_one_step_down_the_mse_gradient",
    "test_fit_recovers_the_lecture_parameters",
    "test_fit_recovers_other_parameters_from_other_data",
)

import jax.numpy as jnp  # noqa: E402


def loss(params, x, y):
    return jnp.sum((model(params, x) - y) ** 2)  # noqa: F821 - defined in the reference kata.py
