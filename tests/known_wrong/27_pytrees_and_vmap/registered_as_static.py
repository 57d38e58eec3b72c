"""Registers Params with jax.tree_util.register_static (a frozen dataclass, so hashable).

Plausible: it is a registration helper of jax.tree_util, and afterwards jit accepts the class
without "not a valid JAX type". But a static pytree has no leaves: the whole object is
compile-time metadata, hashed by value (arrays cannot be hashed), never traced, never
differentiated.
"""

CAUGHT_BY = ("test_params_is_a_pytree_of_w_and_b", "test_sgd_step_examples")

import dataclasses  # noqa: E402
from typing import Any  # noqa: E402

import jax  # noqa: E402


@jax.tree_util.register_static
@dataclasses.dataclass(frozen=True)
class Params:
    w: Any
    b: Any
