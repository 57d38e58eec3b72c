"""Kata 03 · Impure functions: globals frozen at compile time (covers N03, J07).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/03_impure` passes.
Stuck? `sharpbits hint 03` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# Both functions below still hand the work to the broken versions above, which read the
# global flag and ignore the `do_sum` you pass. Rewrite their bodies so that the flag is an
# explicit argument, read on every call. Keep them compiled: @numba.njit and jax.jit.


@numba.njit
def accumulate_numba(arr, do_sum):
    """Sum of arr if do_sum else its product, compiled by numba."""
    return accumulate_numba_global(arr)


@jax.jit
def accumulate_jax(arr, do_sum):
    """Sum of arr if do_sum else its product, compiled by jax.jit."""
    return accumulate_jax_global(arr)
