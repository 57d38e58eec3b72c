"""Converts the types the lesson lists, Python int and float and NumPy floats, with float().

Plausible: every learning rate the README names becomes a Python float. But a NumPy integer
scalar (np.int64(1), as a schedule of ints may give) is none of them: it reaches jax.jit as a
strongly typed int64, one more cache key and one more compilation.
"""

CAUGHT_BY = ("test_train_compiles_once_for_any_mix_of_learning_rate_types",)

import numpy as np  # noqa: E402


def train(w, x, y, lrs):
    for lr in lrs:
        if isinstance(lr, int | float | np.floating):
            lr = float(lr)
        w = step(w, x, y, lr)  # noqa: F821 - defined in the reference kata.py
    return w
