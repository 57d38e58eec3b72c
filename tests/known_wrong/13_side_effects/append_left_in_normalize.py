"""Returns the norm from normalize, but leaves the append to norms_seen in place.

Plausible: normalize_all now uses what normalize returns, so every value is right, and the
stale list is simply never read. But the append still runs while jax.jit traces: each trace
stores a tracer in a global list, a leak jax.checking_leaks() reports.
"""

CAUGHT_BY = ("test_nothing_leaks_a_tracer",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def normalize(x):
    norm = jnp.sqrt(jnp.sum(x**2))
    norms_seen.append(norm)  # noqa: F821 - defined in the reference kata.py
    return x / norm, norm
