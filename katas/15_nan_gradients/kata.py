"""Kata 15 · NaN gradients through `where` (covers J16).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/15_nan_gradients` passes.
Stuck? `sharpbits hint 15` gives a hint (ask again for the next).
"""

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


@jax.jit
def log_or_zero(x):
    """log(x) where x > 0, else 0.0, elementwise: one `where` around the finished log."""
    return jnp.where(x > 0, jnp.log(x), 0.0)


@jax.jit
def norm(v):
    """Euclidean length of the vector v."""
    return jnp.linalg.norm(v)


# --- YOUR CODE -------------------------------------------------------------------------------
# Both functions return the right VALUES, but their gradients are NaN at 0. jnp.where picks a
# value, yet its gradient still multiplies the branch it did not pick: 0 * (d log/dx at 0)
# = 0 * inf = nan. Keep the bad input out of log and sqrt altogether: a second, inner `where`
# on the input. Keep both functions jitted.


@jax.jit
def safe_log(x):
    """log(x) where x > 0, else 0.0, elementwise; its gradient is finite everywhere."""
    return jnp.where(x > 0, jnp.log(x), 0.0)


@jax.jit
def safe_norm(v):
    """Euclidean length of the vector v; its gradient is 0 at the zero vector."""
    return jnp.linalg.norm(v)
