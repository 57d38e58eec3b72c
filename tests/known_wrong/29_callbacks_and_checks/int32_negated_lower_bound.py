"""Casts idx to int32 and checks -idx <= n: "indices fit in int32; i >= -n is -i <= n".

Plausible: the Rules keep every index in the int32 range, XLA gathers with int32 indices, and
-i <= n is i >= -n for every index but one. That one is -2**31: its negation overflows int32
back to -2**31, which is <= n, so the most negative index passes the check and JAX clamps it
to the first example.
"""

CAUGHT_BY = ("test_batch_loss_raises_for_an_index_out_of_range",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax.experimental import checkify  # noqa: E402


@jax.jit
@checkify.checkify
def _checked(w, xs, ys, idx):
    n = xs.shape[0]
    idx = idx.astype(jnp.int32)
    checkify.check(jnp.all((idx < n) & (-idx <= n)), "index out of range")
    bx, by = xs[idx], ys[idx]
    checkify.check(~jnp.any(jnp.isnan(bx)) & ~jnp.any(jnp.isnan(by)), "NaN in the batch")
    return mean_squared_error(w, bx, by)  # noqa: F821


def batch_loss(w, xs, ys, idx):
    error, loss = _checked(w, xs, ys, idx)
    error.throw()
    return loss
