"""Keeps the NumPy loss and runs it on the host through jax.pure_callback.

Plausible: it makes jax.jit(logistic_loss) work with the NumPy code untouched, right values.
But jax.grad cannot see inside a callback ("Pure callbacks do not support JVP", a ValueError),
and even under jit the program stops, ships w to Python and waits.
"""

CAUGHT_BY = (
    "test_logistic_loss_gradient_matches_the_analytic_gradient",
    "test_logistic_loss_and_its_gradient_for_any_weights",
    "test_logistic_loss_computes_without_host_callbacks",
    "test_gradient_step_takes_one_step_down_the_gradient",
)

import jax  # noqa: E402
import numpy as np  # noqa: E402


def _loss_on_host(w, X, y):
    loss = logistic_loss_numpy(np.asarray(w), np.asarray(X), np.asarray(y))  # noqa: F821
    return np.asarray(loss, dtype=np.float64)


def logistic_loss(w, X, y):
    return jax.pure_callback(_loss_on_host, jax.ShapeDtypeStruct((), np.float64), w, X, y)
