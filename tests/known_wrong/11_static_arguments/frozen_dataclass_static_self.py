"""A frozen dataclass with a static self: hashed by value, and it cannot be mutated at all.

Plausible: the Sharp Bits page says a static self must never change, and frozen=True enforces
it. But the Rules ask that `s.mean = 3.0` works and is seen (here it raises
FrozenInstanceError), mean and scale are not leaves, arrays cannot be hashed, and every new
(mean, scale) compiles again.
"""

CAUGHT_BY = (
    "test_standardizer_mean_and_scale_are_pytree_leaves",
    "test_standardizer_apply_matches_numpy",
    "test_standardizer_apply_sees_changes_to_mean_and_scale",
    "test_standardizer_apply_compiles_once_for_any_mean_and_scale",
)

import dataclasses  # noqa: E402
import functools  # noqa: E402

import jax  # noqa: E402


@dataclasses.dataclass(frozen=True)
class Standardizer:
    mean: object
    scale: object

    @functools.partial(jax.jit, static_argnums=0)
    def apply(self, x):
        return (x - self.mean) / self.scale
