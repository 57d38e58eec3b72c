"""Kata 29 · Callbacks and checks under jit: pure callbacks and checkify (covers J33, J34, J37).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/29_callbacks_and_checks` passes.
Stuck? `sharpbits hint 29` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# Both are still the broken code above. train_step logs through a pure callback whose result is
# never used: JAX assumes a pure callback has no side effects, so under jit it is dead code and
# never runs. batch_loss calls checkify.check inside jax.jit without checkify.checkify around
# it: every call fails while tracing, valid batches included. Fix both; keep them compiled.


@jax.jit
def train_step(w, xs, ys, lr):
    """One gradient step on mean_squared_error; logs the loss at w with record_loss."""
    loss, grad = jax.value_and_grad(mean_squared_error)(w, xs, ys)
    jax.pure_callback(record_loss, None, loss)
    return w - lr * grad


@jax.jit
def batch_loss(w, xs, ys, idx):
    """mean_squared_error of the mini-batch xs[idx], ys[idx]; raises for a bad batch."""
    checkify.check(_batch_is_valid(xs, ys, idx), "bad batch: an index out of range, or a NaN")
    return mean_squared_error(w, xs[idx], ys[idx])
