"""Adds jax.debug.print but keeps the old Python print on the line above.

Plausible: the real norm now appears on every call. But the Python print still runs while
jax.jit traces, and adds a "norm: JitTracer(float64[])" line for every new input shape.
"""

CAUGHT_BY = ("test_normalize_verbose_prints_the_norm_on_every_call",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def normalize_verbose(x):
    norm = jnp.sqrt(jnp.sum(x**2))
    print("norm:", norm)
    jax.debug.print("norm: {}", norm)
    return x / norm
