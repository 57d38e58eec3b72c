"""Kata 07 · Trace, lower, compile, execute: looking inside jax.jit (covers J07).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/07_staging` passes.
Stuck? `sharpbits hint 07` gives a hint (ask again for the next).
"""

from typing import NamedTuple

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. -----------------------
# A copy of kata 03's stale JAX function (a kata cannot import another kata).

do_sum = False  # module-level flag: True means "sum", False means "product"


@jax.jit
def accumulate_jax_global(arr):
    """Sum of arr if the global `do_sum` is true, else its product (JAX)."""
    if do_sum:
        return jnp.sum(arr)
    return jnp.prod(arr)


# --- YOUR CODE -------------------------------------------------------------------------------
# Three small tools that look inside jax.jit. As shipped, each gives a wrong answer:
# jaxpr_primitives only reads the top level of the jaxpr, stages lets one ordinary call do all
# four steps out of sight, and stale_function_sums trusts the global instead of the program.


class Stages(NamedTuple):
    """What stages() returns: the four steps of jax.jit, one object each (ready to use)."""

    traced: object  # jax.stages.Traced    from jax.jit(fn).trace(*args)
    lowered: object  # jax.stages.Lowered  from traced.lower()
    compiled: object  # jax.stages.Compiled from lowered.compile()
    result: object  # what compiled(*args) returned


def jaxpr_primitives(fn, *args):
    """The set of primitive names in the jaxpr of fn(*args), nested jaxprs included."""
    closed = jax.make_jaxpr(fn)(*args)
    return frozenset(eqn.primitive.name for eqn in closed.jaxpr.eqns)  # the top level only


def stages(fn, *args):
    """Trace, lower, compile and execute jax.jit(fn) for args, one step at a time."""
    jitted = jax.jit(fn)
    result = jitted(*args)  # all four steps at once, hidden inside one ordinary call
    return Stages(traced=jitted, lowered=jitted, compiled=jitted, result=result)


def stale_function_sums(arr):
    """Can accumulate_jax_global(arr), as jax.jit runs it for arr, ever return the sum?"""
    return do_sum  # trusts the global flag
