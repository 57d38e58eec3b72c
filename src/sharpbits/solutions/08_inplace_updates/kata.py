"""Kata 08 · In-place updates: `.at[]` and repeated indices (covers J09).

Reference solution.
"""

import functools

import jax
import jax.numpy as jnp
import numpy as np

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


def histogram_numpy(idx, n_bins):
    """Bin counts in NumPy with fancy-index `+=`: a repeated index is counted only once."""
    counts = np.zeros(n_bins, dtype=np.int64)
    counts[idx] += 1
    return counts


@functools.partial(jax.jit, static_argnames="n_bins")
def histogram_inplace(idx, n_bins):
    """The same code ported to jax.jit as it is: item assignment on a JAX array."""
    counts = jnp.zeros(n_bins, dtype=int)
    counts[idx] += 1
    return counts


@jax.jit
def set_diagonal_inplace(m, value):
    """Every diagonal entry of the square matrix m set to value, NumPy style, under jax.jit."""
    for i in range(m.shape[0]):
        m[i, i] = value
    return m


# --- SOLUTION --------------------------------------------------------------------------------
# `.at[idx].add(1)` is a scatter-add: one compiled operation that adds 1 once per entry of idx,
# repeated entries included (NumPy's np.add.at, not its buffered `counts[idx] += 1`). The
# diagonal is one scatter too: index rows and columns with the same arange. Both return a new
# array; the input is never changed.


@functools.partial(jax.jit, static_argnames="n_bins")
def histogram(idx, n_bins):
    """counts[b] = how many entries of the 1-D int array idx equal b, for b in range(n_bins)."""
    return jnp.zeros(n_bins, dtype=int).at[idx].add(1)


@jax.jit
def set_diagonal(m, value):
    """A copy of the square matrix m with every diagonal entry set to value."""
    i = jnp.arange(m.shape[0])
    return m.at[i, i].set(value)
