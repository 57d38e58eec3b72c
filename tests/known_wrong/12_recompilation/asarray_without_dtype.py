"""Turns each learning rate into an array with jnp.asarray, but without a dtype.

Plausible: "arrays, not Python scalars". jnp.asarray keeps the scalar's type: an int becomes
an int64 array and an np.float32 a float32 one, still three argument types to jax.jit.
"""

CAUGHT_BY = ("test_train_compiles_once_for_any_mix_of_learning_rate_types",)

import jax.numpy as jnp  # noqa: E402


def train(w, x, y, lrs):
    for lr in lrs:
        w = step(w, x, y, jnp.asarray(lr))  # noqa: F821 - defined in the reference kata.py
    return w
