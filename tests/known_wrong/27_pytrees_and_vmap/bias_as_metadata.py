"""Registers Params with w as data and the bias b as metadata ("a scalar, not an array").

Plausible: register_dataclass asks which fields are data and which are metadata, and a lone
number looks like configuration. But metadata is static: it must be hashable (a 0-d array is
not), it is never differentiated or updated, and each new value compiles again.
"""

CAUGHT_BY = ("test_params_is_a_pytree_of_w_and_b", "test_sgd_step_examples")

import dataclasses  # noqa: E402
from typing import Any  # noqa: E402

import jax  # noqa: E402


@dataclasses.dataclass
class Params:
    w: Any
    b: Any


jax.tree_util.register_dataclass(Params, data_fields=["w"], meta_fields=["b"])
