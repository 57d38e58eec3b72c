"""lax.select instead of jnp.where, and a norm scaled by the largest magnitude (no overflow).

Both are right: lax.select is what jnp.where lowers to (it wants operands of one shape);
scaling by max|v| keeps the squares near 1, so this norm even works beyond the rules'
magnitudes. Each sqrt and division is guarded the same way: at the zero vector the scale is
swapped for 1.0 and the sum for 1.0 before they are used.
"""

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def safe_log(x):
    x = jnp.asarray(x)
    positive = x > 0
    ones, zeros = jnp.ones_like(x), jnp.zeros_like(x)
    return lax.select(positive, jnp.log(lax.select(positive, x, ones)), zeros)


@jax.jit
def safe_norm(v):
    scale = jnp.max(jnp.abs(v))
    ok = scale > 0
    scale = jnp.where(ok, scale, 1.0)
    total = jnp.sum((v / scale) ** 2)
    return jnp.where(ok, scale * jnp.sqrt(jnp.where(ok, total, 1.0)), 0.0)
