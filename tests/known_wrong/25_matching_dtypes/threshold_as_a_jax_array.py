"""Turns the threshold into a JAX array first, `jnp.asarray(threshold)`.

Plausible: "a Python int is the problem, so make it an array". But jnp.asarray of a Python
int (or of the weakly typed tracer a Python int argument becomes under jit) is weakly typed
still, so it takes x's dtype in the comparison and wraps exactly as before.
"""

CAUGHT_BY = ("test_count_above_examples", "test_count_above_matches_numpy")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def count_above(x, threshold):
    return jnp.sum(x > jnp.asarray(threshold))
