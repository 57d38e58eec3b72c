"""Translates NumPy's `counts[idx] += 1` literally: `counts.at[idx].set(counts[idx] + 1)`.

Plausible: it is exactly what `x[i] += v` means, read left to right, and it is jitted and one
scatter. But like NumPy's buffered fancy `+=` it reads every count before writing any, so a
repeated index is counted once.
"""

CAUGHT_BY = ("test_histogram_examples", "test_histogram_matches_numpy_add_at_on_any_indices")

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="n_bins")
def histogram(idx, n_bins):
    counts = jnp.zeros(n_bins, dtype=int)
    return counts.at[idx].set(counts[idx] + 1)
