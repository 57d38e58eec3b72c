"""Kata 27 · Pytrees and vmap axes: registered classes, None leaves, in_axes (covers J28, J29).

Reference solution.
"""

import dataclasses
from typing import Any

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfalls exactly as the lecture shows them. Do not edit. --------------------


@dataclasses.dataclass
class PlainParams:
    """A linear model's parameters as a plain dataclass: weights w (shape (d,)) and a bias b."""

    w: Any
    b: Any


@jax.jit
def predict(params, xs):
    """The model's predictions xs @ w + b for a batch xs of shape (n, d)."""
    return xs @ params.w + params.b


def mean_squared_error(params, xs, ys):
    """The mean over the batch of (prediction - y) ** 2."""
    return jnp.mean((predict(params, xs) - ys) ** 2)


def squared_error(w, b, x, y):
    """The squared error of one example: x of shape (d,), y a number."""
    return (x @ w + b - y) ** 2


@jax.jit
def losses_default_axes(w, b, xs, ys):
    """squared_error of each example, with vmap's default in_axes=0 for every argument."""
    return jax.vmap(squared_error)(w, b, xs, ys)


def l2_penalty_of_leaves(params, decays):
    """Sum of decay * sum(p ** 2), pairing the leaves of params and decays in order."""
    pairs = zip(jax.tree.leaves(params), jax.tree.leaves(decays))  # noqa: B905
    return sum(decay * jnp.sum(p**2) for p, decay in pairs)


# --- SOLUTION --------------------------------------------------------------------------------
# Params becomes a pytree with w and b as its leaves (register_dataclass infers them from the
# dataclass fields): jit traces them, grad returns a Params of gradients, and sgd_step runs
# unchanged. losses maps the batch only: None in in_axes hands w and b to every example as they
# are, and in_axes has one entry per positional argument. l2_penalty walks params and decays
# together, asking tree.map to treat a None decay as a leaf instead of as an empty tree.


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class Params:
    """A linear model's parameters: weights w (shape (d,)) and a bias b (shape ())."""

    w: Any
    b: Any


@jax.jit
def sgd_step(params, xs, ys, lr):
    """One step of gradient descent on mean_squared_error: a new Params."""
    grads = jax.grad(mean_squared_error)(params, xs, ys)
    return Params(w=params.w - lr * grads.w, b=params.b - lr * grads.b)


@jax.jit
def losses(w, b, xs, ys):
    """squared_error of each example of the batch (xs[i], ys[i]), with w and b shared."""
    return jax.vmap(squared_error, in_axes=(None, None, 0, 0))(w, b, xs, ys)


def _penalty(decay, p):
    return 0.0 if decay is None else decay * jnp.sum(p**2)


@jax.jit
def l2_penalty(params, decays):
    """Sum over the arrays of params of decay * sum(p ** 2); a None decay: no penalty."""
    terms = jax.tree.map(_penalty, decays, params, is_leaf=lambda leaf: leaf is None)
    return sum(jax.tree.leaves(terms), jnp.zeros(()))
