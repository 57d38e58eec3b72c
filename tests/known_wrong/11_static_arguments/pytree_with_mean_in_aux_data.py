"""Registers Standardizer as a pytree, but returns mean and scale as aux_data, no children.

jit accepts it and it is never stale (aux_data is compared on every call), but aux_data is
static: each new mean or scale compiles again, and array values cannot be compared as keys.
"""

CAUGHT_BY = (
    "test_standardizer_mean_and_scale_are_pytree_leaves",
    "test_standardizer_apply_compiles_once_for_any_mean_and_scale",
)

import jax  # noqa: E402


@jax.tree_util.register_pytree_node_class
class Standardizer:
    def __init__(self, mean, scale):
        self.mean = mean
        self.scale = scale

    def tree_flatten(self):
        return (), (self.mean, self.scale)

    @classmethod
    def tree_unflatten(cls, aux_data, children):
        return cls(*aux_data)

    @jax.jit
    def apply(self, x):
        return (x - self.mean) / self.scale
