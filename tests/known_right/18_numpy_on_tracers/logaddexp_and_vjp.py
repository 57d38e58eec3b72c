"""The loss as jnp.logaddexp(0, -margin), and its gradient through jax.vjp.

Both are right: logaddexp(0, t) = log(exp(0) + exp(t)) without overflow; a vjp of a scalar
function with the cotangent 1.0 is its gradient.
"""

import jax
import jax.numpy as jnp


def logistic_loss(w, X, y):
    return jnp.mean(jnp.logaddexp(0.0, -y * (X @ w)))


@jax.jit
def gradient_step(w, X, y, learning_rate):
    loss, pullback = jax.vjp(lambda w: logistic_loss(w, X, y), w)
    (gradient,) = pullback(jnp.ones_like(loss))
    return w - learning_rate * gradient
