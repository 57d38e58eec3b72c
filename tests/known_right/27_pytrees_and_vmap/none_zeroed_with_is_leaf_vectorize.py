"""None decays made 0.0 by tree.map with is_leaf, then the leaves paired in order; losses by
jnp.vectorize with w and b excluded.

All right: with is_leaf=lambda d: d is None, tree.map does call the function on each None (the
lecture's version without is_leaf does not), so every array gets a decay and the leaves line
up. jnp.vectorize maps the core signature (d),()->() over the batch, zero examples included.
"""

import jax
import jax.numpy as jnp


@jax.jit
def losses(w, b, xs, ys):
    per_example = jnp.vectorize(squared_error, excluded={0, 1}, signature="(d),()->()")  # noqa: F821
    return per_example(w, b, xs, ys)


@jax.jit
def l2_penalty(params, decays):
    zeroed = jax.tree.map(lambda d: 0.0 if d is None else d, decays, is_leaf=lambda d: d is None)
    pairs = zip(jax.tree.leaves(params), jax.tree.leaves(zeroed), strict=True)
    return sum((d * jnp.sum(p**2) for p, d in pairs), jnp.zeros(()))
