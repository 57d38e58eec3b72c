"""Leaves Params a plain dataclass and unpacks it outside jit: a jitted step on w and b.

Plausible: it avoids the TypeError without learning about pytrees, and the numbers are right.
But sgd_step is no longer the function jax.jit returns, and Params is still opaque to JAX:
jax.tree.map, jax.grad and vmap (a stack of models) cannot see inside it.
"""

CAUGHT_BY = (
    "test_sgd_step_stays_jitted",
    "test_params_is_a_pytree_of_w_and_b",
    "test_sgd_step_of_a_stack_of_models",
)

import dataclasses  # noqa: E402
from typing import Any  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@dataclasses.dataclass
class Params:
    w: Any
    b: Any


@jax.jit
def _step(w, b, xs, ys, lr):
    def mse(w, b):
        return jnp.mean((xs @ w + b - ys) ** 2)

    grad_w, grad_b = jax.grad(mse, argnums=(0, 1))(w, b)
    return w - lr * grad_w, b - lr * grad_b


def sgd_step(params, xs, ys, lr):
    w, b = _step(params.w, params.b, xs, ys, lr)
    return Params(w=w, b=b)
