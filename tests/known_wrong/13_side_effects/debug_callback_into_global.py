"""Appends each norm to the global list from a jax.debug.callback inside normalize.

Plausible, and it even collects real values on every call: the callback runs in the compiled
program. But normalize still does not return the norm, and the global list is shared by
every caller: the result lives in a side channel instead of the return value.
"""

CAUGHT_BY = ("test_normalize_returns_the_unit_vector_and_the_norm",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def normalize(x):
    norm = jnp.sqrt(jnp.sum(x**2))
    jax.debug.callback(norms_seen.append, norm)  # noqa: F821 - defined in the reference kata.py
    return x / norm


def normalize_all(rows):
    start = len(norms_seen)  # noqa: F821
    units = [normalize(row) for row in rows]
    jax.effects_barrier()
    return units, jnp.stack(norms_seen[start:])  # noqa: F821
