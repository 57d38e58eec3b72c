"""Multiplies each learning rate by 1.0, "to make every learning rate a float".

Plausible: an int times 1.0 is a float. But NumPy 2 keeps np.float32 * 1.0 a float32 (a
Python float is weak), and np.int64 * 1.0 is a strong np.float64: still several types, so
several compilations.
"""

CAUGHT_BY = ("test_train_compiles_once_for_any_mix_of_learning_rate_types",)


def train(w, x, y, lrs):
    for lr in lrs:
        w = step(w, x, y, lr * 1.0)  # noqa: F821 - defined in the reference kata.py
    return w
