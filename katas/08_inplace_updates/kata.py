"""Kata 08 · In-place updates: `.at[]` and repeated indices (covers J09).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/08_inplace_updates` passes.
Stuck? `sharpbits hint 08` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# Both functions are still the broken code above: JAX arrays are immutable, so `x[i] = v` and
# `x[i] += v` raise a TypeError. Rewrite them with the functional `.at[]` updates, which return
# a NEW array (rebind it: `x = x.at[i].set(v)`). Mind repeated indices: a histogram must count
# every occurrence. Keep both functions jitted, and don't loop over elements in Python.


@functools.partial(jax.jit, static_argnames="n_bins")
def histogram(idx, n_bins):
    """counts[b] = how many entries of the 1-D int array idx equal b, for b in range(n_bins)."""
    counts = jnp.zeros(n_bins, dtype=int)
    counts[idx] += 1
    return counts


@jax.jit
def set_diagonal(m, value):
    """A copy of the square matrix m with every diagonal entry set to value."""
    for i in range(m.shape[0]):
        m[i, i] = value
    return m
