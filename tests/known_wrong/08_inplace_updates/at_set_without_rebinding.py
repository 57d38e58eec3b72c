"""Calls `.at[i, i].set(value)` as if it changed m, and returns m.

Plausible: `.at[...].set(...)` reads like an in-place method. It returns a new array, which is
thrown away here, so the matrix comes back unchanged.
"""

CAUGHT_BY = ("test_set_diagonal_matches_numpy_fill_diagonal",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def set_diagonal(m, value):
    i = jnp.arange(m.shape[0])
    m.at[i, i].set(value)
    return m
