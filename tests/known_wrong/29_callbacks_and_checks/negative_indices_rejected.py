"""Checks 0 <= idx < n: "a mini-batch index counts from 0".

Plausible: batch indices are usually drawn from range(n). But the Rules follow NumPy's
indexing: -1 is the last example, and only an index outside -n <= i < n is out of range, so a
batch picked from the end raises where it must return its loss.
"""

CAUGHT_BY = ("test_batch_loss_examples",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax.experimental import checkify  # noqa: E402


@jax.jit
@checkify.checkify
def _checked(w, xs, ys, idx):
    checkify.check(jnp.all((idx >= 0) & (idx < xs.shape[0])), "index out of range")
    bx, by = xs[idx], ys[idx]
    checkify.check(~jnp.any(jnp.isnan(bx)) & ~jnp.any(jnp.isnan(by)), "NaN in the batch")
    return mean_squared_error(w, bx, by)  # noqa: F821


def batch_loss(w, xs, ys, idx):
    error, loss = _checked(w, xs, ys, idx)
    error.throw()
    return loss
