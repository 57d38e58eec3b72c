"""Drops @jax.jit from normalize_verbose so that Python's print sees real values.

Plausible: "print works without jit", and it does print the norm on every call. But nothing is
compiled any more: every call runs operation by operation.
"""

CAUGHT_BY = ("test_normalize_verbose_stays_jitted", "test_normalize_verbose_compiles_once")

import jax.numpy as jnp  # noqa: E402


def normalize_verbose(x):
    norm = jnp.sqrt(jnp.sum(x**2))
    print(f"norm: {float(norm)}")
    return x / norm
