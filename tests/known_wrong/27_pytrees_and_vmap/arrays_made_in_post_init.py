"""Registers Params as a dataclass and makes w and b jax arrays in __post_init__.

Plausible: "a Params always holds arrays" sounds like a safe invariant, and jit, grad and vmap
all work: inside them the leaves are arrays (tracers) anyway. But jax rebuilds a pytree with
whatever leaves it has: register_dataclass calls the constructor, so jax.tree.map(np.shape,
params) no longer gives a Params of the two shapes, and a tree of shapes, dtypes or
ShapeDtypeStructs (jax.eval_shape) is mangled or refused. JAX's pytree guide warns about just
this: a custom pytree's constructor must accept any leaves, not only arrays.
"""

CAUGHT_BY = ("test_params_is_a_pytree_of_w_and_b",)

import dataclasses  # noqa: E402
from typing import Any  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class Params:
    w: Any
    b: Any

    def __post_init__(self):
        self.w = jnp.asarray(self.w)
        self.b = jnp.asarray(self.b)
