"""Kata 03 · Impure functions: globals frozen at compile time (covers N03, J07).

Reference solution.
"""

import jax
import jax.numpy as jnp
import numba

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. -----------------------

do_sum = False  # module-level flag: True means "sum", False means "product"


@numba.njit
def accumulate_numba_global(arr):
    """Sum of arr if the global `do_sum` is true, else its product (numba)."""
    if do_sum:
        return arr.sum()
    return arr.prod()


@jax.jit
def accumulate_jax_global(arr):
    """Sum of arr if the global `do_sum` is true, else its product (JAX)."""
    if do_sum:
        return jnp.sum(arr)
    return jnp.prod(arr)


# --- SOLUTION --------------------------------------------------------------------------------
# The flag is an argument, so each call sees its own value. Numba compiles one bool branch;
# JAX traces the flag as a boolean scalar and lets lax.cond pick the branch at run time, so
# one compilation serves both values (static_argnames="do_sum" would compile once per value).


@numba.njit
def accumulate_numba(arr, do_sum):
    """Sum of arr if do_sum else its product, compiled by numba."""
    if do_sum:
        return arr.sum()
    return arr.prod()


@jax.jit
def accumulate_jax(arr, do_sum):
    """Sum of arr if do_sum else its product, compiled by jax.jit."""
    return jax.lax.cond(do_sum, jnp.sum, jnp.prod, arr)
