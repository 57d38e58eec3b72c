"""checkify with errors=checkify.index_checks: "out-of-bounds indexing is what I check".

Plausible: index_checks flags every index outside [-n, n), and the user check for NaNs stays in
the code. But errors= lists what checkify reports: without user_checks the check for a NaN is
dropped without a word, and a batch holding a NaN returns a NaN loss.
"""

CAUGHT_BY = ("test_batch_loss_raises_for_a_nan_in_the_batch",)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax.experimental import checkify  # noqa: E402


@jax.jit
@functools.partial(checkify.checkify, errors=checkify.index_checks)
def _checked(w, xs, ys, idx):
    bx, by = xs[idx], ys[idx]
    checkify.check(~jnp.any(jnp.isnan(bx)) & ~jnp.any(jnp.isnan(by)), "NaN in the batch")
    return mean_squared_error(w, bx, by)  # noqa: F821


def batch_loss(w, xs, ys, idx):
    error, loss = _checked(w, xs, ys, idx)
    error.throw()
    return loss
