"""Writes the loss as -log(sigmoid(margin)), the probability form of the same formula.

Plausible: -log p(y | x) with p = sigmoid(margin) is how the logistic loss is usually
introduced, and jax.nn.sigmoid is right there. But for large margins sigmoid(m) rounds to
1.0, whose log is 0: the tiny loss of a well-separated sample vanishes.
"""

CAUGHT_BY = ("test_logistic_loss_at_extreme_margins",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


def logistic_loss(w, X, y):
    margins = y * (X @ w)
    return -jnp.mean(jnp.log(jax.nn.sigmoid(margins)))
