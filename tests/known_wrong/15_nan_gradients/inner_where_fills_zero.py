"""Adds the inner where, but fills the masked inputs with 0.0 instead of a harmless value.

Plausible: it looks exactly like the "double where" recipe, and the gradient even comes out
right (the inner where's own backward pass drops what comes back for the masked inputs). But
log still runs on 0: the backward pass makes 0 * inf = nan and then throws it away, and
jax.debug_nans, run op by op to hunt a real NaN, stops at this one.
"""

CAUGHT_BY = ("test_gradients_pass_jax_debug_nans",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def safe_log(x):
    positive = x > 0
    return jnp.where(positive, jnp.log(jnp.where(positive, x, 0.0)), 0.0)
