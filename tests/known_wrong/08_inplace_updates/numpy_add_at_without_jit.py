"""Drops jax.jit and counts with NumPy's np.add.at, which accumulates repeated indices.

Right counts, but nothing is compiled: every call runs in NumPy on the host.
"""

CAUGHT_BY = ("test_histogram_stays_jitted", "test_histogram_compiles_once_per_bin_count")

import numpy as np  # noqa: E402


def histogram(idx, n_bins):
    counts = np.zeros(n_bins, dtype=np.int64)
    np.add.at(counts, np.asarray(idx), 1)
    return counts
