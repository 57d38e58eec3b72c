"""Averages by dividing the sum by 40, the number of samples in the lecture's data.

Plausible, as a quick port that was only ever run on that data: every value and gradient on
it is right. But the loss is the mean over the rows of X, however many there are: on 6
samples this is 6/40 of the loss.
"""

CAUGHT_BY = ("test_logistic_loss_at_extreme_margins", "test_gradient_step_on_another_shape")

import jax.numpy as jnp  # noqa: E402


def logistic_loss(w, X, y):
    margins = y * (X @ w)
    return jnp.sum(jnp.log1p(jnp.exp(-margins))) / 40.0
