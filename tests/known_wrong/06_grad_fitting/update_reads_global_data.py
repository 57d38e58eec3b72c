"""Differentiates on module-level data made once, ignoring the x and y it is given.

Plausible: the data "never changes", so it is loaded once at import. Every fit then fits the
lecture data, whatever data set it is asked to fit.
"""

CAUGHT_BY = (
    "test_update_takes_one_step_down_the_mse_gradient",
    "test_fit_recovers_other_parameters_from_other_data",
)

import jax  # noqa: E402

X, Y = make_data()  # noqa: F821 - defined in the reference kata.py


@jax.jit
def update(params, x, y):
    grads = jax.grad(loss)(params, X, Y)  # noqa: F821 - defined in the reference kata.py
    return jax.tree.map(lambda p, g: p - LEARNING_RATE * g, params, grads)  # noqa: F821
