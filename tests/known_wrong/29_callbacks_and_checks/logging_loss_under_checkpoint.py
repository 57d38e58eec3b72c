"""jax.debug.callback inside a jax.checkpoint-ed loss: "debug.callback may sit in the gradient".

Plausible: the lesson says jax.debug.callback may sit inside a differentiated function, and
jax.checkpoint is the usual way to save memory there. But checkpoint recomputes the forward
pass while computing the gradient, callback included: every step logs its loss twice.
"""

CAUGHT_BY = ("test_train_step_examples", "test_train_step_logs_each_step_of_a_jitted_loop")

import jax  # noqa: E402


@jax.checkpoint
def _logged_loss(w, xs, ys):
    loss = mean_squared_error(w, xs, ys)  # noqa: F821
    jax.debug.callback(record_loss, loss)  # noqa: F821
    return loss


@jax.jit
def train_step(w, xs, ys, lr):
    return w - lr * jax.grad(_logged_loss)(w, xs, ys)
