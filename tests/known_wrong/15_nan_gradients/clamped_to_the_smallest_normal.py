"""Clamps the input of log to the smallest normal float64 instead of a made-up epsilon.

Plausible: it looks like the principled epsilon (nothing positive is smaller, subnormals
aside), every value is right, log never sees 0 and the gradient at 0 is 0. But at
x = 2.2250738585072014e-308 itself, jnp.maximum(x, tiny) is a tie, whose gradient JAX splits
half and half: the derivative there is 0.5 / x instead of 1 / x.
"""

CAUGHT_BY = ("test_safe_log_gradient",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_log(x):
    tiny = jnp.finfo(jnp.float64).smallest_normal
    return jnp.where(x > 0, jnp.log(jnp.maximum(x, tiny)), 0.0)
