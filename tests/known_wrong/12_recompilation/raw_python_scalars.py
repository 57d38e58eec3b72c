"""Jits step once at import, but train hands it each learning rate as it comes.

Plausible: "the jit is made once now, so it compiles once". An int, a float and an
np.float32 learning rate are three different argument types to jax.jit: three compilations.
"""

CAUGHT_BY = ("test_train_compiles_once_for_any_mix_of_learning_rate_types",)

import jax  # noqa: E402


@jax.jit
def step(w, x, y, lr):
    return sgd_step(w, x, y, lr)  # noqa: F821 - defined in the reference kata.py


def train(w, x, y, lrs):
    for lr in lrs:
        w = step(w, x, y, lr)
    return w
