"""Stores float(norm) instead of the norm, "so that the list holds a number, not a tracer".

Inside jax.jit the norm has no value yet: float() on it raises ConcretizationTypeError while
tracing, on the first call.
"""

CAUGHT_BY = (
    "test_normalize_returns_the_unit_vector_and_the_norm",
    "test_normalize_all_returns_the_norms_of_this_call",
    "test_nothing_leaks_a_tracer",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def normalize(x):
    norm = jnp.sqrt(jnp.sum(x**2))
    norms_seen.append(float(norm))  # noqa: F821 - defined in the reference kata.py
    return x / norm, norm
