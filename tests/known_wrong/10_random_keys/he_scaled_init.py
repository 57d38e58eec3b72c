"""Scales each layer by sqrt(2 / fan_in) (He initialisation), "the right init for a network".

Plausible: every key is used once, and it is how networks are initialised. But the Rules ask
for standard normal weights: these have standard deviation sqrt(2 / m), not 1.
"""

CAUGHT_BY = ("test_init_layers_draws_every_weight_independently",)

import functools  # noqa: E402
import itertools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="sizes")
def init_layers(key, sizes):
    shapes = list(itertools.pairwise(sizes))
    keys = jax.random.split(key, len(shapes))
    return [
        jax.random.normal(k, (m, n)) * jnp.sqrt(2.0 / m)
        for k, (m, n) in zip(keys, shapes, strict=True)
    ]
