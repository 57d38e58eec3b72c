"""Counts by comparing every index with every bin and summing: (idx[:, None] == bins).sum(0).

Plausible: it is the vectorised NumPy idiom, jit-friendly and right. But it is not the
lesson's point (an `.at[]` scatter-add): it builds a len(idx) x n_bins boolean matrix, and the
Rules ask for a scatter-add in the jaxpr.
"""

CAUGHT_BY = ("test_histogram_is_one_scatter_add",)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="n_bins")
def histogram(idx, n_bins):
    return (idx[:, None] == jnp.arange(n_bins)).sum(axis=0)
