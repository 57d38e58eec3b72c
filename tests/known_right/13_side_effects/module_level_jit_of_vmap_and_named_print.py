"""A batched normalize made once at import, jax.jit(jax.vmap(normalize)); a named, ordered print.

Right: the jitted vmap is made once, so it compiles once per shape of rows and never again;
its norms are those of the call. jax.debug.print with a named placeholder and ordered=True
prints the same line, in call order.
"""

import jax
import jax.numpy as jnp

_normalize_rows = jax.jit(jax.vmap(normalize))  # noqa: F821 - defined in the reference kata.py


def normalize_all(rows):
    units, norms = _normalize_rows(rows)
    return list(units), norms


@jax.jit
def normalize_verbose(x):
    norm = jnp.sqrt(jnp.sum(x**2))
    jax.debug.print("norm: {norm}", norm=norm, ordered=True)
    return x / norm
