"""Registers Params with register_pytree_node_class, keeping the object's id as aux data.

Plausible: "the aux data tells the models apart", and flattening, tree.map, grad, vmap and
every value are right. But aux data is static metadata, part of jit's cache key: every new
Params has a new id, so every call of sgd_step with a new Params compiles again.
"""

CAUGHT_BY = ("test_sgd_step_compiles_once_for_new_values",)

import jax  # noqa: E402


@jax.tree_util.register_pytree_node_class
class Params:
    def __init__(self, w, b, tag=None):
        self.w = w
        self.b = b
        self.tag = id(self) if tag is None else tag

    def tree_flatten(self):
        return (self.w, self.b), self.tag

    @classmethod
    def tree_unflatten(cls, aux, children):
        return cls(*children, tag=aux)
