"""Stores 1 / scale at construction and flattens (mean, inv_scale): "multiplying is cheaper".

Plausible: right values for a new Standardizer, two leaves, one compilation. But the object
keeps scale and inv_scale side by side: after `s.scale = 0.5`, apply still multiplies by the
old 1 / scale; and the leaves are mean and 1 / scale, not mean and scale.
"""

CAUGHT_BY = (
    "test_standardizer_apply_sees_changes_to_mean_and_scale",
    "test_standardizer_mean_and_scale_are_pytree_leaves",
)

import jax  # noqa: E402


@jax.tree_util.register_pytree_node_class
class Standardizer:
    def __init__(self, mean, scale):
        self.mean = mean
        self.scale = scale
        self.inv_scale = 1.0 / scale

    def tree_flatten(self):
        return (self.mean, self.inv_scale), None

    @classmethod
    def tree_unflatten(cls, aux_data, children):
        obj = object.__new__(cls)
        obj.mean, obj.inv_scale = children
        obj.scale = 1.0 / obj.inv_scale
        return obj

    @jax.jit
    def apply(self, x):
        return (x - self.mean) * self.inv_scale
