"""Subtracts the old diagonal and adds the new one: m - diag(diag(m)) + value * eye(n).

Plausible: pure array algebra, no indexing at all, exact for every finite matrix the old
tests drew. But inf - inf is NaN and 0 * inf is NaN: a matrix with an infinite entry, or an
infinite value, comes back with NaNs, and a NaN on the diagonal spreads nowhere it should not.
"""

CAUGHT_BY = (
    "test_set_diagonal_matches_numpy_fill_diagonal",
    "test_set_diagonal_stores_any_value_exactly",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def set_diagonal(m, value):
    n = m.shape[0]
    return m - jnp.diag(jnp.diag(m)) + value * jnp.eye(n)
