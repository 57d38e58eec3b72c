"""Averages with keepdims=True, so the loss is an array of shape (1,).

Plausible: float() of it still prints the right number, and jax.jit does not mind. But a loss
must be a scalar: jax.grad refuses a function whose output has shape (1,) (TypeError:
Gradient only defined for scalar-output functions).
"""

CAUGHT_BY = (
    "test_logistic_loss_works_under_jit",
    "test_logistic_loss_gradient_matches_the_analytic_gradient",
    "test_gradient_step_takes_one_step_down_the_gradient",
)

import jax.numpy as jnp  # noqa: E402


def logistic_loss(w, X, y):
    margins = y * (X @ w)
    return jnp.mean(jnp.log1p(jnp.exp(-margins)), keepdims=True)
