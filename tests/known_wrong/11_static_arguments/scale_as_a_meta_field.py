"""A registered dataclass with mean as data but scale as a meta field, "a fixed setting".

Plausible: mean changes often, scale rarely, and every value comes out right. But a meta
field is static: it is compared on every call (so never stale), yet each new scale compiles
again, and a Standardizer flattens to one leaf, not two.
"""

CAUGHT_BY = (
    "test_standardizer_mean_and_scale_are_pytree_leaves",
    "test_standardizer_apply_compiles_once_for_any_mean_and_scale",
)

import dataclasses  # noqa: E402
import functools  # noqa: E402

import jax  # noqa: E402


@functools.partial(jax.tree_util.register_dataclass, data_fields=["mean"], meta_fields=["scale"])
@dataclasses.dataclass
class Standardizer:
    mean: object
    scale: object

    @jax.jit
    def apply(self, x):
        return (x - self.mean) / self.scale
