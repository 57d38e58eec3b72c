"""Keeps the pure callback but uses its result: "then it is not dead code any more".

Plausible: the pitfall says an unused result is dropped, so the fix folds the result into the
new weights (times zero), and a step called on its own logs once. But a pure callback is still
assumed free of side effects: when the caller does not use the step's result (a warm-up step
inside another jitted function), the whole step, callback included, is dead code again.
"""

CAUGHT_BY = ("test_train_step_logs_even_when_its_result_is_not_used",)

import jax  # noqa: E402
import numpy as np  # noqa: E402


def _record_and_return(loss):
    record_loss(loss)  # noqa: F821
    return np.asarray(loss)


@jax.jit
def train_step(w, xs, ys, lr):
    loss, grad = jax.value_and_grad(mean_squared_error)(w, xs, ys)  # noqa: F821
    logged = jax.pure_callback(_record_and_return, jax.ShapeDtypeStruct((), loss.dtype), loss)
    return w - lr * grad + 0.0 * logged
