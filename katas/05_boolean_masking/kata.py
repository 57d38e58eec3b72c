"""Kata 05 · Boolean masks have no static shape (covers J05).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/05_boolean_masking` passes.
Stuck? `sharpbits hint 05` gives a hint (ask again for the next).
"""

import functools

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. -----------------------


@jax.jit
def sum_greater_than_three_masked(arr):
    """Sum of the elements of arr that are > 3, by boolean indexing under jax.jit."""
    return jnp.sum(arr[arr > 3])


@jax.jit
def indices_above_unsized(arr, threshold):
    """Indices of the elements of arr that are > threshold, by jnp.nonzero under jax.jit."""
    return jnp.nonzero(arr > threshold)[0]


# --- YOUR CODE -------------------------------------------------------------------------------
# Both functions are still the broken code above. Under jax.jit every array needs a shape at
# trace time, but `arr[arr > 3]` and `jnp.nonzero(...)` have as many elements as there are
# matches, which is only known when the program runs. Rewrite the bodies so that every shape
# is fixed before any value is known. Keep both functions jitted.


@jax.jit
def sum_greater_than_three(arr):
    """Sum of the elements of arr that are > 3 (0.0 if there are none), compiled by jax.jit."""
    return jnp.sum(arr[arr > 3])


@functools.partial(jax.jit, static_argnames="size")
def indices_above(arr, threshold, size):
    """Indices of the elements of 1-D arr that are > threshold, in increasing order.

    Always returns `size` indices: padded with -1 when fewer elements match, the first `size`
    of them when more do. `size` is static (the output shape depends on it: one compilation
    per value); `threshold` is traced (a new threshold must not recompile).
    """
    return jnp.nonzero(arr > threshold)[0]
