"""Marks `self` static (static_argnums=0): jit stops complaining about the method.

The lecture's second broken form. jit hashes self by identity, so it compiles once per object
and bakes in the mean and scale it saw first: set s.mean afterwards and apply ignores it.
"""

CAUGHT_BY = (
    "test_standardizer_apply_sees_changes_to_mean_and_scale",
    "test_standardizer_mean_and_scale_are_pytree_leaves",
    "test_standardizer_apply_compiles_once_for_any_mean_and_scale",
)

import functools  # noqa: E402

import jax  # noqa: E402


class Standardizer:
    def __init__(self, mean, scale):
        self.mean = mean
        self.scale = scale

    @functools.partial(jax.jit, static_argnums=0)
    def apply(self, x):
        return (x - self.mean) / self.scale
