"""Checks that xs and ys hold no NaN at all: "validate the inputs before the batch".

Plausible: it is the usual input check, and every batch holding a NaN raises. But a NaN in an
example the batch does not select is no error in the Rules (a data set with a few bad rows is
still usable): this raises for batches whose loss is perfectly defined.
"""

CAUGHT_BY = ("test_batch_loss_ignores_a_nan_outside_the_batch",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax.experimental import checkify  # noqa: E402


@jax.jit
@checkify.checkify
def _checked(w, xs, ys, idx):
    n = xs.shape[0]
    checkify.check(jnp.all((idx >= -n) & (idx < n)), "index out of range")
    checkify.check(~jnp.any(jnp.isnan(xs)) & ~jnp.any(jnp.isnan(ys)), "NaN in the data")
    return mean_squared_error(w, xs[idx], ys[idx])  # noqa: F821


def batch_loss(w, xs, ys, idx):
    error, loss = _checked(w, xs, ys, idx)
    error.throw()
    return loss
