"""Derives layer i's key with jax.random.fold_in(key, i); the step indexes a split of 2 keys.

Right: fold_in(key, i) gives a different, independent key for every layer index without using
key itself (the reuse checker agrees: fold_in does not consume). The step's
`jax.random.split(key, 2)` is the same split as `key, sub = jax.random.split(key)`.
"""

import functools
import itertools

import jax


@functools.partial(jax.jit, static_argnames="sizes")
def init_layers(key, sizes):
    return [
        jax.random.normal(jax.random.fold_in(key, i), shape)
        for i, shape in enumerate(itertools.pairwise(sizes))
    ]


@jax.jit
def noisy_step(key, x):
    keys = jax.random.split(key, 2)
    return keys[0], x + jax.random.normal(keys[1], x.shape)
