"""normalize_all returns jax.jit(jax.vmap(normalize))(rows): vmapped and jitted, made on the spot.

Plausible: "vmap it, and jit it for speed". But jax.jit of a new vmap object on every call is
a new function to jit every time (kata 12): each call traces and compiles the batched program
again, even for rows of a shape it has seen.
"""

CAUGHT_BY = ("test_normalize_all_runs_the_jitted_normalize_compiled_once",)

import jax  # noqa: E402


def normalize_all(rows):
    return jax.jit(jax.vmap(normalize))(rows)  # noqa: F821 - defined in the reference kata.py
