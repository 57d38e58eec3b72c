"""Selects the batch with a one-hot matrix product: "a gather as a matmul, no index clamping".

Plausible: the index check and the NaN check on the selected rows are right, and a one-hot
product picks exactly the rows of idx. But 0 * NaN is NaN: a NaN in an example the batch does
not select reaches every selected row through the product, and a valid batch raises.
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
    rows = jnp.where(idx < 0, idx + n, idx)
    pick = (rows[:, None] == jnp.arange(n)[None, :]).astype(xs.dtype)
    bx, by = pick @ xs, pick @ ys
    checkify.check(~jnp.any(jnp.isnan(bx)) & ~jnp.any(jnp.isnan(by)), "NaN in the batch")
    return mean_squared_error(w, bx, by)  # noqa: F821


def batch_loss(w, xs, ys, idx):
    error, loss = _checked(w, xs, ys, idx)
    error.throw()
    return loss
