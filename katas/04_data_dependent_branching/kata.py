"""Kata 04 · Branching on traced values: lax.cond and jnp.where (covers J01).

Read README.md in this folder, then edit the function under "YOUR CODE" until
`pytest katas/04_data_dependent_branching` passes.
Stuck? `sharpbits hint 04` gives a hint (ask again for the next).
"""

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. -----------------------


@jax.jit
def accumulate_if_python_branch(arr):
    """Sum of arr if any element is > 3, else its product: a Python `if` under jax.jit."""
    if jnp.any(arr > 3):
        return jnp.sum(arr)
    return jnp.prod(arr)


# --- YOUR CODE -------------------------------------------------------------------------------
# This is still the broken code above: under jax.jit, `arr` is a tracer with a shape and a
# dtype but no values, so Python cannot decide the `if`. Rewrite the body so that the compiled
# program makes the choice at run time. Keep the @jax.jit decorator.


@jax.jit
def accumulate_if(arr):
    """Sum of arr if any element is > 3, else its product, compiled by jax.jit."""
    if jnp.any(arr > 3):
        return jnp.sum(arr)
    return jnp.prod(arr)
