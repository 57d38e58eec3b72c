"""Drops jax.jit from batch_loss: "checkify.check works without jit".

Plausible: outside jit a check reads its predicate at once and raises checkify's
JaxRuntimeError for a bad batch, so every value and every error is right. But nothing is
compiled: each operation of the checks and of the loss is a program of its own.
"""

CAUGHT_BY = ("test_batch_loss_runs_one_compiled_program_for_new_values",)

import jax.numpy as jnp  # noqa: E402
from jax.experimental import checkify  # noqa: E402


def batch_loss(w, xs, ys, idx):
    w, xs, ys, idx = (jnp.asarray(a) for a in (w, xs, ys, idx))
    checkify.check(_batch_is_valid(xs, ys, idx), "bad batch")  # noqa: F821
    return mean_squared_error(w, xs[idx], ys[idx])  # noqa: F821
