"""Marks lr static in jax.jit: "a Python float hyperparameter, not data".

Plausible: lr is a plain float that never changes inside a step, and static arguments are a
common way to pass configuration to a jitted function; every value is right. But a static
argument is part of the cache key: each new learning rate (a schedule, a sweep) compiles the
step again, where the Rules ask for one program for every value of lr.
"""

CAUGHT_BY = ("test_sgd_step_compiles_once_for_new_values",)

import functools  # noqa: E402

import jax  # noqa: E402


@functools.partial(jax.jit, static_argnames="lr")
def sgd_step(params, xs, ys, lr):
    grads = jax.grad(mean_squared_error)(params, xs, ys)  # noqa: F821
    return Params(w=params.w - lr * grads.w, b=params.b - lr * grads.b)  # noqa: F821
