"""Kata 09 · Out-of-bounds indexing is silent (covers J10).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/09_out_of_bounds` passes.
Stuck? `sharpbits hint 09` gives a hint (ask again for the next).
"""

import functools

import jax
from jax.experimental import checkify  # noqa: F401 - for your lookup_checked

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


@jax.jit
def lookup_clamped(table, idx):
    """table[idx] under jax.jit: an index past either end is clamped to that end, no error."""
    return table[idx]


@jax.jit
def store_dropped(table, idx, value):
    """table with entry idx set to value: an out-of-bounds store is dropped, no error."""
    return table.at[idx].set(value)


# --- YOUR CODE -------------------------------------------------------------------------------
# Both functions are still the broken lookup above: an index out of range silently returns the
# first or last entry. `lookup` must return a sentinel there instead (an explicit `mode` on an
# `.at[idx].get(...)`); `lookup_checked` must report the bad index through
# jax.experimental.checkify (imported above), as an error the caller can throw. Keep both jitted.


@functools.partial(jax.jit, static_argnames="fill_value")
def lookup(table, idx, fill_value):
    """table[idx] for indices with -n <= idx < n (n = len(table), negative ones counting from
    the end, as in NumPy); fill_value for every other index. fill_value is static."""
    return table[idx]


@jax.jit
def lookup_checked(table, idx):
    """(error, table[idx]), as a function wrapped by checkify.checkify returns them.

    error is a checkify.Error: error.get() is None when every index is in range, and
    error.throw() raises when one is not.
    """
    return table[idx]
