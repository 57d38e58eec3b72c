"""Kata 06 · Fitting with jax.grad (covers J17).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/06_grad_fitting` passes.
Stuck? `sharpbits hint 06` gives a hint (ask again for the next).
"""

import jax
import jax.numpy as jnp
import numpy as np

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. -----------------------

LEARNING_RATE = 0.005


def model(params, x):
    """The lecture's model b*x**2 - 4*a*x - b, with params = {"a": ..., "b": ...}."""
    a, b = params["a"], params["b"]
    return b * x**2 - 4 * a * x - b


def make_data(seed=0, n=200, true_a=0.2, true_b=1.1):
    """(x, y) as jnp arrays: x = linspace(-5, 5, n), y = model + Gaussian noise of std 1."""
    rng = np.random.default_rng(seed)
    x = np.linspace(-5.0, 5.0, n)
    y = model({"a": true_a, "b": true_b}, x) + rng.normal(0.0, 1.0, n)
    return jnp.asarray(x), jnp.asarray(y)


def squared_errors(params, x, y):
    """The squared error at every point: a vector of len(x) numbers, not one number."""
    return (model(params, x) - y) ** 2


INT_PARAMS = {"a": 0, "b": 1}  # integers: Python ints, so int64 arrays to JAX


@jax.jit
def update_wrong_argument(params, x, y):
    """One gradient step... of a lambda whose argument `p` is never used.

    The lambda reads `params` from the enclosing function, not `p`, so the loss does not
    depend on what jax.grad differentiates: the gradient is zero and nothing moves.
    """
    grads = jax.grad(lambda p: jnp.mean(squared_errors(params, x, y)))(params)
    return jax.tree.map(lambda p, g: p - LEARNING_RATE * g, params, grads)


# --- YOUR CODE -------------------------------------------------------------------------------
# The three functions below start as the lecture's mistakes: a loss that is a vector, a
# gradient of the wrong argument, and integer starting parameters. Fix them until fit(x, y)
# recovers a ≈ 0.2, b ≈ 1.1 from make_data(). Keep update jitted.


def loss(params, x, y):
    """Mean squared error of model(params, x) against y: one float."""
    return squared_errors(params, x, y)


@jax.jit
def update(params, x, y):
    """One step of gradient descent on loss: params - LEARNING_RATE * gradient."""
    grads = jax.grad(lambda p: loss(params, x, y))(params)
    return jax.tree.map(lambda p, g: p - LEARNING_RATE * g, params, grads)


def fit(x, y, steps=500):
    """Start from a = b = 0 and take `steps` update steps; return the params dict."""
    params = {"a": 0, "b": 0}
    for _ in range(steps):
        params = update(params, x, y)
    return params
