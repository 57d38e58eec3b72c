"""Logs with jax.debug.callback, but the loss at the new weights: "the loss after the step".

Plausible: a training log often shows the loss the step reached, and the callback now runs
once per call. But the Rules log the loss of the batch at the w the step was given (the one
value_and_grad computed), before the update.
"""

CAUGHT_BY = ("test_train_step_examples", "test_train_step_logs_every_step_in_order")

import jax  # noqa: E402


@jax.jit
def train_step(w, xs, ys, lr):
    grad = jax.grad(mean_squared_error)(w, xs, ys)  # noqa: F821
    new_w = w - lr * grad
    jax.debug.callback(record_loss, mean_squared_error(new_w, xs, ys), ordered=True)  # noqa: F821
    return new_w
