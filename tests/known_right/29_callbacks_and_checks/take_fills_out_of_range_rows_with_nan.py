"""jnp.take(mode="fill") with a NaN fill: one NaN check covers the indices and the NaNs.

All right: with mode="fill", jnp.take counts negative indices from the end as NumPy does and
fills every row whose index is outside -n <= i < n with fill_value; filled with NaN, a row out
of range looks like a row holding a NaN, so one user check on the selected rows and targets
raises exactly for a bad batch.
"""

import jax
import jax.numpy as jnp
from jax.experimental import checkify


@jax.jit
@checkify.checkify
def _checked(w, xs, ys, idx):
    bx = jnp.take(xs, idx, axis=0, mode="fill", fill_value=jnp.nan)
    by = jnp.take(ys, idx, axis=0, mode="fill", fill_value=jnp.nan)
    checkify.check(~jnp.isnan(bx).any() & ~jnp.isnan(by).any(), "bad batch")
    return mean_squared_error(w, bx, by)  # noqa: F821


def batch_loss(w, xs, ys, idx):
    error, loss = _checked(w, xs, ys, idx)
    error.throw()
    return loss
