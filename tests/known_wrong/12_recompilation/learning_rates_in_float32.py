"""Converts every learning rate to float32, "the common type of float32 and Python floats".

Plausible: one dtype for all, so one compilation, and for learning rates like 0.5 or 0.125
nothing changes. But 0.1 in float32 is 0.10000000149: every step uses a learning rate off in
the 8th digit, and the weights drift away from the float64 result.
"""

CAUGHT_BY = ("test_train_matches_numpy_for_mixed_learning_rates",)

import jax.numpy as jnp  # noqa: E402


def train(w, x, y, lrs):
    for lr in lrs:
        w = step(w, x, y, jnp.asarray(lr, dtype=jnp.float32))  # noqa: F821 - reference kata.py
    return w
