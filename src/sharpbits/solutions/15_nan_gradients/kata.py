"""Kata 15 · NaN gradients through `where` (covers J16).

Reference solution.
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


# --- SOLUTION --------------------------------------------------------------------------------
# The "double where": the inner where swaps the inputs that would blow up for a harmless 1.0
# BEFORE log / sqrt see them, so every branch has a finite derivative; the outer where then
# picks the answer. The swapped inputs get a zero cotangent, and 0 * finite = 0.


@jax.jit
def safe_log(x):
    """log(x) where x > 0, else 0.0, elementwise; its gradient is finite everywhere."""
    positive = x > 0
    return jnp.where(positive, jnp.log(jnp.where(positive, x, 1.0)), 0.0)


@jax.jit
def safe_norm(v):
    """Euclidean length of the vector v; its gradient is 0 at the zero vector."""
    squares = jnp.sum(v * v)
    nonzero = squares > 0
    return jnp.where(nonzero, jnp.sqrt(jnp.where(nonzero, squares, 1.0)), 0.0)
