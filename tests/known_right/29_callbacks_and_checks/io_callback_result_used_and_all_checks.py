"""An unordered io_callback whose result is used; all_checks, a symmetric bound, loss == loss.

All right: an io_callback is a side effect JAX keeps (never dead code, used or not), so its
result may be folded into the step. -n <= i < n is |2i + 1| < 2n, exact in int64 for the
int32 range; a NaN in a selected row or target makes the loss NaN (0 * NaN is NaN), so
loss == loss is the NaN check. all_checks adds index and float checks, which agree.
"""

import jax
import jax.numpy as jnp
import numpy as np
from jax.experimental import checkify, io_callback


def _record(loss):
    record_loss(loss)  # noqa: F821
    return np.asarray(loss)


@jax.jit
def train_step(w, xs, ys, lr):
    loss, grad = jax.value_and_grad(mean_squared_error)(w, xs, ys)  # noqa: F821
    logged = io_callback(_record, jax.ShapeDtypeStruct((), loss.dtype), loss)
    return w - lr * grad + 0.0 * logged


def _loss(w, xs, ys, idx):
    checkify.check(jnp.all(jnp.abs(2 * idx + 1) < 2 * xs.shape[0]), "index out of range")
    loss = mean_squared_error(w, xs[idx], ys[idx])  # noqa: F821
    checkify.check(loss == loss, "a NaN in the batch")
    return loss


_checked = checkify.checkify(jax.jit(_loss), errors=checkify.all_checks)


def batch_loss(w, xs, ys, idx):
    error, loss = _checked(w, xs, ys, idx)
    error.throw()
    return loss
