"""Kata 09 · Out-of-bounds indexing is silent (covers J10).

Reference solution.
"""

import functools

import jax
from jax.experimental import checkify

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


@jax.jit
def lookup_clamped(table, idx):
    """table[idx] under jax.jit: an index past either end is clamped to that end, no error."""
    return table[idx]


@jax.jit
def store_dropped(table, idx, value):
    """table with entry idx set to value: an out-of-bounds store is dropped, no error."""
    return table.at[idx].set(value)


# --- SOLUTION --------------------------------------------------------------------------------
# mode="fill" turns "clamp to the edge" into "return fill_value" for indices outside
# [-n, n); the fill value must be concrete when tracing, hence static. checkify with
# index_checks adds a bounds check to every gather and scatter and returns any failure as a
# value next to the result. jax.jit goes OUTSIDE checkify (the decorator on top), so the
# checked function is itself the one jax.jit returns.


@functools.partial(jax.jit, static_argnames="fill_value")
def lookup(table, idx, fill_value):
    """table[idx] for indices with -n <= idx < n (n = len(table), negative ones counting from
    the end, as in NumPy); fill_value for every other index. fill_value is static."""
    return table.at[idx].get(mode="fill", fill_value=fill_value)


@jax.jit
@functools.partial(checkify.checkify, errors=checkify.index_checks)
def lookup_checked(table, idx):
    """(error, table[idx]), as a function wrapped by checkify.checkify returns them.

    error is a checkify.Error: error.get() is None when every index is in range, and
    error.throw() raises when one is not.
    """
    return table[idx]
