"""Keeps the append and runs normalize under jax.disable_jit() inside normalize_all.

Plausible: without jit the list receives real values, and the norms come out right. But
normalize_all no longer runs compiled code, and normalize itself still leaks a tracer
whenever it is called jitted.
"""

CAUGHT_BY = (
    "test_normalize_returns_the_unit_vector_and_the_norm",
    "test_normalize_all_runs_the_jitted_normalize_compiled_once",
    "test_nothing_leaks_a_tracer",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def normalize(x):
    norm = jnp.sqrt(jnp.sum(x**2))
    norms_seen.append(norm)  # noqa: F821 - defined in the reference kata.py
    return x / norm


def normalize_all(rows):
    start = len(norms_seen)  # noqa: F821
    with jax.disable_jit():
        units = [normalize(row) for row in rows]
    return units, jnp.stack(norms_seen[start:])  # noqa: F821
