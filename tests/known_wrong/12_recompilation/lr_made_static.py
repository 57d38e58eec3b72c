"""Marks the learning rate static, so that each call sees it as a plain Python number.

Plausible: static_argnames is the usual answer to "jit does not like my Python value". But a
static argument is part of the cache key: every new learning-rate value compiles again.
"""

CAUGHT_BY = ("test_train_compiles_once_for_any_mix_of_learning_rate_types",)

import functools  # noqa: E402

import jax  # noqa: E402


@functools.partial(jax.jit, static_argnames="lr")
def step(w, x, y, lr):
    return sgd_step(w, x, y, lr)  # noqa: F821 - defined in the reference kata.py


def train(w, x, y, lrs):
    for lr in lrs:
        w = step(w, x, y, lr=float(lr))
    return w
