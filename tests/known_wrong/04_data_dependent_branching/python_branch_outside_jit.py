"""Moves the Python `if` out of jit: a plain wrapper decides, then calls jitted sum / prod.

Plausible: "jit the maths, keep the logic in Python". Right answers, but accumulate_if is no
longer compiled, and every call brings the predicate back to the host to decide.
"""

CAUGHT_BY = ("test_accumulate_if_stays_jitted", "test_one_compilation_serves_both_branches")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402

_sum = jax.jit(jnp.sum)
_prod = jax.jit(jnp.prod)


def accumulate_if(arr):
    if jnp.any(arr > 3):
        return _sum(arr)
    return _prod(arr)
