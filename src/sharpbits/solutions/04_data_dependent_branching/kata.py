"""Kata 04 · Branching on traced values: lax.cond and jnp.where (covers J01).

Reference solution.
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


# --- SOLUTION --------------------------------------------------------------------------------
# The predicate stays an array: jnp.any reduces it to one traced boolean, and lax.cond puts
# both branches into the one compiled program and picks one at run time. (jnp.where(pred,
# jnp.sum(arr), jnp.prod(arr)) also works: it computes both and selects.)


@jax.jit
def accumulate_if(arr):
    """Sum of arr if any element is > 3, else its product, compiled by jax.jit."""
    return jax.lax.cond(jnp.any(arr > 3), jnp.sum, jnp.prod, arr)
