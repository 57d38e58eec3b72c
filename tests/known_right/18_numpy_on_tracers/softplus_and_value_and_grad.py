"""The loss as jax.nn.softplus(-margin), and the step through jax.value_and_grad.

Both are right: softplus(t) = log(1 + exp(t)) computed stably (it never overflows, and keeps
tiny values); value_and_grad returns the loss with its gradient, and the step uses the
gradient.
"""

import jax
import jax.numpy as jnp


def logistic_loss(w, X, y):
    return jnp.mean(jax.nn.softplus(-y * (X @ w)))


@jax.jit
def gradient_step(w, X, y, learning_rate):
    _, gradient = jax.value_and_grad(logistic_loss)(w, X, y)
    return w - learning_rate * gradient
