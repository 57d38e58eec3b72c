"""Folds a module-level network counter into init_layers' key, "so two networks never match".

Plausible: one key per layer, split correctly, and the same key gives the same weights call
after call. But the counter is read while jax.jit traces, once per trace: a fresh trace of the
same function gives other weights from the same key. They depend on the process's history.
"""

CAUGHT_BY = ("test_init_layers_gives_the_same_weights_in_a_fresh_trace",)

import functools  # noqa: E402
import itertools  # noqa: E402

import jax  # noqa: E402

_networks = itertools.count()


@functools.partial(jax.jit, static_argnames="sizes")
def init_layers(key, sizes):
    key = jax.random.fold_in(key, next(_networks))
    shapes = list(itertools.pairwise(sizes))
    keys = jax.random.split(key, len(shapes))
    return [jax.random.normal(k, shape) for k, shape in zip(keys, shapes, strict=True)]
