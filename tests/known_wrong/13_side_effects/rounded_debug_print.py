"""Prints with jax.debug.print("norm: {:.3f}", norm): the right mechanism, a rounded number.

Plausible: three decimals look tidy, and for norms such as 26, 39 and 52 the line reads the
same. But the Rules ask for the value with every digit: a norm of 1.3e-149 prints as 0.000.
"""

CAUGHT_BY = ("test_normalize_verbose_prints_the_norm_on_every_call",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def normalize_verbose(x):
    norm = jnp.sqrt(jnp.sum(x**2))
    jax.debug.print("norm: {:.3f}", norm)
    return x / norm
