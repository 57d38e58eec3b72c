"""normalize_all as jax.lax.map(normalize, rows), "the JAX way to loop over rows".

Plausible: right values, one batched loop, no Python loop. But lax.map called outside jit
builds a new scan on every call, and XLA compiles that scan again every time: a second call
on rows of the same shape compiles once more. (Under jax.jit, or as jax.vmap, it would not.)
"""

CAUGHT_BY = ("test_normalize_all_runs_the_jitted_normalize_compiled_once",)

import jax  # noqa: E402


def normalize_all(rows):
    return jax.lax.map(normalize, rows)  # noqa: F821 - defined in the reference kata.py
