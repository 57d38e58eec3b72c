"""Adds the difference to the diagonal: m.at[i, i].add(value - m[i, i]).

Plausible: it is an `.at[]` update, and on paper m_ii + (value - m_ii) == value. In floating
point it is not: 0.1 + (3.7 - 0.1) is 3.7000000000000006, and inf or NaN entries poison it.
"""

CAUGHT_BY = ("test_set_diagonal_matches_numpy_fill_diagonal",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def set_diagonal(m, value):
    i = jnp.arange(m.shape[0])
    return m.at[i, i].add(value - m[i, i])
