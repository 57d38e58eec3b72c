"""Params registered with register_pytree_with_keys_class; losses = jax.jit(jax.vmap(...));
value_and_grad in the step; the penalty by tree_map_with_path.

All right: a class with tree_flatten_with_keys is a pytree whose leaves carry attribute keys.
jax.jit of the vmapped squared_error is itself the function jax.jit returns. value_and_grad
gives the same gradients as grad. tree_map_with_path walks params first, so a None decay is
handed over whole.
"""

import jax
import jax.numpy as jnp

losses = jax.jit(jax.vmap(squared_error, in_axes=(None, None, 0, 0)))  # noqa: F821


@jax.tree_util.register_pytree_with_keys_class
class Params:
    def __init__(self, w, b):
        self.w, self.b = w, b

    def tree_flatten_with_keys(self):
        keys = jax.tree_util.GetAttrKey("w"), jax.tree_util.GetAttrKey("b")
        return tuple(zip(keys, (self.w, self.b), strict=True)), None

    @classmethod
    def tree_unflatten(cls, aux, children):
        return cls(*children)


@jax.jit
def sgd_step(params, xs, ys, lr):
    _, grads = jax.value_and_grad(mean_squared_error)(params, xs, ys)  # noqa: F821
    return Params(params.w - lr * grads.w, params.b - lr * grads.b)


def _term(path, p, d):
    return jnp.zeros(()) if d is None else d * jnp.vdot(p, p)


@jax.jit
def l2_penalty(params, decays):
    terms = jax.tree_util.tree_map_with_path(_term, params, decays)
    return jnp.sum(jnp.stack([jnp.zeros(()), *jax.tree.leaves(terms)]))
