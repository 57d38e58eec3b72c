"""Casts value to float32 before the scatter, "JAX's default float".

Plausible: JAX defaults to 32-bit floats unless x64 is on, and many examples write
`jnp.float32`. Here m is float64 and value is rounded on the way in: 0.1 is stored as
0.10000000149011612.
"""

CAUGHT_BY = (
    "test_set_diagonal_stores_any_value_exactly",
    "test_set_diagonal_matches_numpy_fill_diagonal",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def set_diagonal(m, value):
    i = jnp.arange(m.shape[0])
    return m.at[i, i].set(jnp.asarray(value, dtype=jnp.float32))
