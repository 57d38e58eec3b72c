"""Params registered with register_pytree_node_class; a closure over w and b for vmap;
params first in tree.map, where a None decay arrives as an argument.

All right: tree_flatten hands w and b to jax as children and tree_unflatten rebuilds the
object. vmap of a function that closes over w and b maps only what it is given: xs and ys.
With params as the first tree, every array is a leaf, and the decay at the same place is
passed whole, None included.
"""

import jax
import jax.numpy as jnp


@jax.tree_util.register_pytree_node_class
class Params:
    def __init__(self, w, b):
        self.w = w
        self.b = b

    def tree_flatten(self):
        return (self.w, self.b), None

    @classmethod
    def tree_unflatten(cls, aux_data, children):
        return cls(*children)


@jax.jit
def losses(w, b, xs, ys):
    return jax.vmap(lambda x, y: squared_error(w, b, x, y))(xs, ys)  # noqa: F821


@jax.jit
def l2_penalty(params, decays):
    terms = jax.tree.map(lambda p, d: 0.0 if d is None else d * jnp.sum(p * p), params, decays)
    return jnp.sum(jnp.asarray([*jax.tree.leaves(terms), 0.0]))
