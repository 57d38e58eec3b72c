"""Splits as it goes: `key, sub = jax.random.split(key)` before each layer; the step swaps roles.

Right: every layer gets a subkey used once, and the key carried on is only ever split. The
step keeps the first half of the split for the noise and returns the second: which half plays
which role does not matter, as long as each is used once.
"""

import functools
import itertools

import jax


@functools.partial(jax.jit, static_argnames="sizes")
def init_layers(key, sizes):
    layers = []
    for m, n in itertools.pairwise(sizes):
        key, sub = jax.random.split(key)
        layers.append(jax.random.normal(sub, (m, n)))
    return layers


@jax.jit
def noisy_step(key, x):
    sub, key = jax.random.split(key)
    return key, x + jax.random.normal(sub, x.shape, dtype=x.dtype)
