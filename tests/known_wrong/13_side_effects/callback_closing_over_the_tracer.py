"""Moves Python's print into a jax.debug.callback, as a lambda that closes over the norm.

Plausible: "a callback runs at run time, with real values". But only the arguments passed to
jax.debug.callback arrive as values; the lambda captured the tracer while jax.jit traced, so
every call prints "norm: JitTracer(float64[])".
"""

CAUGHT_BY = (
    "test_normalize_verbose_prints_the_norm_on_every_call",
    "test_nothing_leaks_a_tracer",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def normalize_verbose(x):
    norm = jnp.sqrt(jnp.sum(x**2))
    jax.debug.callback(lambda: print("norm:", norm))
    return x / norm
