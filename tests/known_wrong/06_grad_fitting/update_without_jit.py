"""Right steps from plain Python: the @jax.jit decorator on update was dropped."""

CAUGHT_BY = ("test_update_stays_jitted", "test_update_compiles_once_over_many_steps")

import jax  # noqa: E402


def update(params, x, y):
    grads = jax.grad(loss)(params, x, y)  # noqa: F821 - defined in the reference kata.py
    return jax.tree.map(lambda p, g: p - LEARNING_RATE * g, params, grads)  # noqa: F821
