"""Ports np.log1p(t) as jnp.log(1 + t): the formula as one writes it on paper.

Plausible: log(1 + exp(-m)) is the textbook loss, and for ordinary margins it agrees with
log1p to many digits. But when every margin is large the loss is tiny: 1 + 8.8e-27 rounds to
1.0 and the loss comes out as exactly 0.0 instead of about 5.8e-27.
"""

CAUGHT_BY = ("test_logistic_loss_at_extreme_margins",)

import jax.numpy as jnp  # noqa: E402


def logistic_loss(w, X, y):
    margins = y * (X @ w)
    return jnp.mean(jnp.log(1.0 + jnp.exp(-margins)))
