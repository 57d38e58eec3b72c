"""No custom derivative at all: a stop_gradient straight-through trick and a double where.

Right: binarize adds to the exact step a term that is exactly 0 in value, s - stop_gradient(s)
with s = x * (|x| <= 1), whose derivative is the mask: 1 where |x| <= 1, else 0, in x's dtype,
in both modes (stop_gradient has a JVP). safe_norm takes the square root of a sum of squares
that is never 0 (the inner where puts 1.0 there), and the outer where picks 0.0: no NaN is
made, and the derivative at the zero vector is 0.
"""

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def binarize(x):
    inside = x * (jnp.abs(x) <= 1).astype(x.dtype)
    return (x > 0).astype(x.dtype) + (inside - lax.stop_gradient(inside))


@jax.jit
def safe_norm(v):
    squares = jnp.sum(v * v)
    nonzero = squares > 0
    return jnp.where(nonzero, jnp.sqrt(jnp.where(nonzero, squares, 1.0)), 0.0)
