"""Switches to jax.debug.print, but formats the norm into the text with an f-string.

Plausible: it does print on every call. But the f-string is evaluated once, while tracing,
with the tracer in it: every call prints "norm: JitTracer(float64[])", never a value.
"""

CAUGHT_BY = ("test_normalize_verbose_prints_the_norm_on_every_call",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def normalize_verbose(x):
    norm = jnp.sqrt(jnp.sum(x**2))
    jax.debug.print(f"norm: {norm}")
    return x / norm
