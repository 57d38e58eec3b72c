"""binarize's mask as x * x <= 1 on a stop_gradient trick; safe_norm divides by max(|v|, tiny).

Right: x * x <= 1 is |x| <= 1 exactly: 1 squares to 1, its upper neighbour 1 + eps to
1 + 2 eps, its lower one to below 1, large x to inf and tiny x to 0. The trick adds to the
exact step (x - stop_gradient(x)) * mask, exactly 0 in value, whose derivative is the mask.
safe_norm keeps the exact length as its primal and divides by max(length, smallest normal)
in the rule only: every nonzero vector of the domain is longer than that (1e-150), and at the
zero vector 0 / tiny is 0.
"""

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def binarize(x):
    mask = (x * x <= 1).astype(x.dtype)
    return (x > 0).astype(x.dtype) + (x - lax.stop_gradient(x)) * mask


@jax.custom_jvp
def _length(v):
    return jnp.sqrt(jnp.sum(jnp.square(v)))


@_length.defjvp
def _length_rule(primals, tangents):
    (v,), (dv,) = primals, tangents
    length = _length(v)
    denominator = jnp.maximum(length, jnp.finfo(v.dtype).smallest_normal)
    return length, jnp.sum(v / denominator * dv)


safe_norm = jax.jit(_length)
