"""io_callback(ordered=True) for the log; checkify of jax.jit with index and float checks.

All right: an io_callback is a side effect JAX keeps, and ordered=True runs the callbacks in
program order (it cannot be vmapped, which the Rules never ask). checkify.checkify around a
jitted function works as well as jax.jit around checkify. index_checks flag every index
outside [-n, n), and float_checks a NaN that an operation outputs: a NaN in a selected row or
target makes the residual NaN, whatever the weights, so no user check is needed.
"""

import jax
from jax.experimental import checkify, io_callback


@jax.jit
def train_step(w, xs, ys, lr):
    loss, grad = jax.value_and_grad(mean_squared_error)(w, xs, ys)  # noqa: F821
    io_callback(record_loss, None, loss, ordered=True)  # noqa: F821
    return w - lr * grad


@jax.jit
def _loss(w, xs, ys, idx):
    return mean_squared_error(w, xs[idx], ys[idx])  # noqa: F821


_checked = checkify.checkify(_loss, errors=checkify.index_checks | checkify.float_checks)


def batch_loss(w, xs, ys, idx):
    error, loss = _checked(w, xs, ys, idx)
    error.throw()
    return loss
