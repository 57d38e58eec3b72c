"""Initialises with jax.random.truncated_normal(k, -2, 2, shape), as many libraries do.

Plausible: "truncated normal is the standard initialiser". But the Rules ask for standard normal
weights: cut at 2 the draws never pass 2 in size, and their standard deviation is 0.88.
"""

CAUGHT_BY = ("test_init_layers_draws_every_weight_independently",)

import functools  # noqa: E402
import itertools  # noqa: E402

import jax  # noqa: E402


@functools.partial(jax.jit, static_argnames="sizes")
def init_layers(key, sizes):
    shapes = list(itertools.pairwise(sizes))
    keys = jax.random.split(key, len(shapes))
    return [
        jax.random.truncated_normal(k, -2.0, 2.0, shape)
        for k, shape in zip(keys, shapes, strict=True)
    ]
