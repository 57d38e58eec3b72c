"""Params as a NamedTuple with b first; the step by tree.map; losses by lax.map; the penalty
as one dot product of raveled trees.

All right: the field order of a NamedTuple does not matter to the Rules (keywords and .w / .b
work). jax.grad returns a Params, so tree.map(p - lr * g) is a Params. lax.map runs one example
at a time, zero examples included. ravel_pytree concatenates every array of params, and the
same for a tree of decays spread to the arrays' shapes (zeros for None).
"""

from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
from jax.flatten_util import ravel_pytree


class Params(NamedTuple):
    b: Any
    w: Any


@jax.jit
def sgd_step(params, xs, ys, lr):
    grads = jax.grad(mean_squared_error)(params, xs, ys)  # noqa: F821
    return jax.tree.map(lambda p, g: p - lr * g, params, grads)


@jax.jit
def losses(w, b, xs, ys):
    return jax.lax.map(lambda xy: squared_error(w, b, *xy), (xs, ys))  # noqa: F821


def _spread(p, d):
    return jnp.zeros(jnp.shape(p)) if d is None else jnp.full(jnp.shape(p), d)


@jax.jit
def l2_penalty(params, decays):
    flat_p, _ = ravel_pytree(params)
    flat_d, _ = ravel_pytree(jax.tree.map(_spread, params, decays))
    return jnp.sum(flat_d * flat_p**2, dtype=jnp.float64) + jnp.zeros(())
