"""Draws every weight at once from the one key, then cuts the vector into the layers.

Right: one key, used once, for sizes[0]*sizes[1] + sizes[1]*sizes[2] + ... independent draws;
slicing and reshaping them keeps every weight an independent standard normal. jax.jit made by
a call instead of a decorator is the same jitted function.
"""

import itertools

import jax


def _init_layers(key, sizes):
    shapes = list(itertools.pairwise(sizes))
    flat = jax.random.normal(key, (sum(m * n for m, n in shapes),))
    layers, start = [], 0
    for m, n in shapes:
        layers.append(flat[start : start + m * n].reshape(m, n))
        start += m * n
    return layers


init_layers = jax.jit(_init_layers, static_argnames="sizes")
