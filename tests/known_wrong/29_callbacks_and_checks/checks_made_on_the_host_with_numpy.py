"""Checks the batch with NumPy before the jitted loss: "the error is thrown on the host anyway".

Plausible: every bad batch raises checkify's JaxRuntimeError, every loss is right, and with
NumPy inputs only the loss compiles, once. But the checks run outside the compiled program,
one host operation at a time: given JAX arrays, each of them (a comparison, the gather of the
selected rows, isnan) dispatches and compiles a program of its own.
"""

CAUGHT_BY = ("test_batch_loss_runs_one_compiled_program_for_new_values",)

import jax  # noqa: E402
import numpy as np  # noqa: E402
from jax.experimental import checkify  # noqa: E402


@jax.jit
def _loss(w, xs, ys, idx):
    return mean_squared_error(w, xs[idx], ys[idx])  # noqa: F821


def batch_loss(w, xs, ys, idx):
    n = len(xs)
    if np.any((idx < -n) | (idx >= n)) or np.isnan(xs[idx]).any() or np.isnan(ys[idx]).any():
        raise checkify.JaxRuntimeError("bad batch: an index out of range, or a NaN")
    return _loss(w, xs, ys, idx)
