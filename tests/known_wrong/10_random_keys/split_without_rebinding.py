"""Splits the key inside the loop but never rebinds it: `_, sub = jax.random.split(key)`.

Plausible: it looks like the textbook `key, sub = jax.random.split(key)`. But every layer
splits the same key, gets the same subkey, and the same-shaped layers come out identical.
"""

CAUGHT_BY = (
    "test_init_layers_passes_the_key_reuse_checker",
    "test_init_layers_draws_every_weight_independently",
)

import functools  # noqa: E402
import itertools  # noqa: E402

import jax  # noqa: E402


@functools.partial(jax.jit, static_argnames="sizes")
def init_layers(key, sizes):
    layers = []
    for m, n in itertools.pairwise(sizes):
        _, sub = jax.random.split(key)
        layers.append(jax.random.normal(sub, (m, n)))
    return layers
