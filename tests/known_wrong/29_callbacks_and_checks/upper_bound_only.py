"""Checks idx < n only: "an index past the end is the out-of-bounds case".

Plausible: the classic off-by-one is one past the end. But -n - 1 and below are out of range
too (JAX clamps them to the first example without a word), and they must raise.
"""

CAUGHT_BY = ("test_batch_loss_raises_for_an_index_out_of_range",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax.experimental import checkify  # noqa: E402


@jax.jit
@checkify.checkify
def _checked(w, xs, ys, idx):
    checkify.check(jnp.all(idx < xs.shape[0]), "index out of range")
    bx, by = xs[idx], ys[idx]
    checkify.check(~jnp.any(jnp.isnan(bx)) & ~jnp.any(jnp.isnan(by)), "NaN in the batch")
    return mean_squared_error(w, bx, by)  # noqa: F821


def batch_loss(w, xs, ys, idx):
    error, loss = _checked(w, xs, ys, idx)
    error.throw()
    return loss
