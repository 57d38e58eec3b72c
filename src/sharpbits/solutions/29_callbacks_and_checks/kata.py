"""Kata 29 · Callbacks and checks under jit: pure callbacks and checkify (covers J33, J34, J37).

Reference solution.
"""

import jax
import jax.numpy as jnp
from jax.experimental import checkify, io_callback  # noqa: F401 - for your fixes

# --- GIVEN: the pitfalls exactly as the lecture shows them. Do not edit. --------------------

LOSSES = []  # the training log: one float per training step, in the order the steps ran


def record_loss(loss):
    """Append one step's loss to LOSSES. Runs on the host, in Python: a side effect."""
    LOSSES.append(float(loss))


def mean_squared_error(w, xs, ys):
    """The mean over the batch of (xs @ w - ys) ** 2."""
    return jnp.mean((xs @ w - ys) ** 2)


@jax.jit
def step_with_pure_callback(w, xs, ys, lr):
    """One gradient step; logs the loss with a pure callback whose result nobody uses."""
    loss, grad = jax.value_and_grad(mean_squared_error)(w, xs, ys)
    jax.pure_callback(record_loss, None, loss)
    return w - lr * grad


def _batch_is_valid(xs, ys, idx):
    n = xs.shape[0]
    in_range = jnp.all((idx >= -n) & (idx < n))
    return in_range & ~jnp.any(jnp.isnan(xs[idx])) & ~jnp.any(jnp.isnan(ys[idx]))


@jax.jit
def batch_loss_with_check(w, xs, ys, idx):
    """The loss of the mini-batch xs[idx], ys[idx], with a checkify.check under jax.jit."""
    checkify.check(_batch_is_valid(xs, ys, idx), "bad batch: an index out of range, or a NaN")
    return mean_squared_error(w, xs[idx], ys[idx])


@jax.checkpoint
def clipped_square(x):
    """x * x where x > 0, else 0; recomputed in the backward pass instead of stored."""
    if x > 0:
        return x * x
    return 0.0 * x


# --- SOLUTION --------------------------------------------------------------------------------
# A side effect goes through a callback JAX is told has one: jax.debug.callback is never
# dropped as dead code, runs once per executed step (inside a loop or another jit too), and
# ordered=True keeps the log in program order. The loss is logged outside value_and_grad's
# function, where it is a plain value (a pure or io callback cannot be differentiated).
# checkify.checkify turns each check into an error value returned next to the loss; jax.jit
# goes outside it, and the error is thrown on the host, after the compiled program ran.


@jax.jit
def train_step(w, xs, ys, lr):
    """One gradient step on mean_squared_error; logs the loss at w with record_loss."""
    loss, grad = jax.value_and_grad(mean_squared_error)(w, xs, ys)
    jax.debug.callback(record_loss, loss, ordered=True)
    return w - lr * grad


@jax.jit
@checkify.checkify
def _checked_batch_loss(w, xs, ys, idx):
    n = xs.shape[0]
    checkify.check(jnp.all((idx >= -n) & (idx < n)), "an index outside -n <= i < n")
    batch_xs, batch_ys = xs[idx], ys[idx]
    checkify.check(~jnp.any(jnp.isnan(batch_xs)), "a NaN in a selected example")
    checkify.check(~jnp.any(jnp.isnan(batch_ys)), "a NaN in a selected target")
    return mean_squared_error(w, batch_xs, batch_ys)


def batch_loss(w, xs, ys, idx):
    """mean_squared_error of the mini-batch xs[idx], ys[idx]; raises for a bad batch."""
    error, loss = _checked_batch_loss(w, xs, ys, idx)
    error.throw()
    return loss
