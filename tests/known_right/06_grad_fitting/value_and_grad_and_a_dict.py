"""Squares with jnp.square, steps with jax.value_and_grad and a dict comprehension, and starts
from 0-d float64 arrays.

All right: value_and_grad returns the same gradient as grad (and the loss, unused here), a
dict comprehension over the keys is what jax.tree.map does for a flat dict, and
jnp.zeros(()) is a float64 zero with 64-bit types on.
"""

import jax
import jax.numpy as jnp


def loss(params, x, y):
    return jnp.mean(jnp.square(y - model(params, x)))  # noqa: F821 - defined in kata.py


@jax.jit
def update(params, x, y):
    _, grads = jax.value_and_grad(loss)(params, x, y)
    return {k: params[k] - LEARNING_RATE * grads[k] for k in params}  # noqa: F821


def fit(x, y, steps=500):
    params = {"a": jnp.zeros(()), "b": jnp.zeros(())}
    for _ in range(steps):
        params = update(params, x, y)
    return params
