"""A jitted loss written with jax.nn.log_sigmoid, and the hand-derived gradient in jax.numpy.

Both are right: -log_sigmoid(m) is log(1 + exp(-m)) computed stably; jax.jit around the loss
changes nothing for jit or grad around it. The gradient derived by hand, ported to jnp, is
the same gradient: jax.grad is the easier way, not the only one.
"""

import jax
import jax.numpy as jnp


@jax.jit
def logistic_loss(w, X, y):
    return -jnp.mean(jax.nn.log_sigmoid(y * (X @ w)))


@jax.jit
def gradient_step(w, X, y, learning_rate):
    margins = y * (X @ w)
    gradient = -(X.T @ (y * jax.nn.sigmoid(-margins))) / y.shape[0]
    return w - learning_rate * gradient
