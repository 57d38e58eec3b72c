"""Marks the learning rate static, since it is "a constant of the training run".

Plausible: the step is jitted, JAX computes the gradient, every value is right. But a static
argument is part of jit's cache key: every new learning rate (a schedule, a sweep) traces
and compiles the step again.
"""

CAUGHT_BY = ("test_new_learning_rate_does_not_recompile_gradient_step",)

import functools  # noqa: E402

import jax  # noqa: E402


@functools.partial(jax.jit, static_argnames="learning_rate")
def gradient_step(w, X, y, learning_rate):
    return w - learning_rate * jax.grad(logistic_loss)(w, X, y)  # noqa: F821
