"""jax.debug.callback inside the differentiated loss; user checks, err.get() and a where.

All right: jax.debug.callback may sit inside the function value_and_grad differentiates (a
pure or io callback there raises), and it runs once per step, with the loss at the w the
step was given. The checks are written per condition, with the negative indices normalised
by a jnp.where; any error found is thrown with err.throw() after checking err.get().
"""

import jax
import jax.numpy as jnp
from jax.experimental import checkify


def _logged_loss(w, xs, ys):
    loss = mean_squared_error(w, xs, ys)  # noqa: F821
    jax.debug.callback(lambda value: record_loss(value), loss)  # noqa: F821
    return loss


@jax.jit
def train_step(w, xs, ys, lr):
    return w - lr * jax.grad(_logged_loss)(w, xs, ys)


def _checks(w, xs, ys, idx):
    n = xs.shape[0]
    checkify.check(jnp.all(idx >= -n), "an index below -n")
    checkify.check(jnp.all(idx < n), "an index at or past n")
    rows = jnp.where(idx < 0, idx + n, idx)
    checkify.check(jnp.all(~jnp.isnan(xs[rows]).any(axis=1)), "a NaN in a selected example")
    checkify.check(jnp.all(~jnp.isnan(ys[rows])), "a NaN in a selected target")
    return jnp.mean((xs[rows] @ w - ys[rows]) ** 2)


_checked = jax.jit(checkify.checkify(_checks, errors=checkify.user_checks))


def batch_loss(w, xs, ys, idx):
    error, loss = _checked(w, xs, ys, idx)
    if error.get() is not None:
        error.throw()
    return loss
