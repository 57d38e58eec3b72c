"""Kata 07 · Trace, lower, compile, execute: looking inside jax.jit (covers J07).

Reference solution.
"""

from typing import NamedTuple

import jax
import jax.extend.core
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


# --- SOLUTION --------------------------------------------------------------------------------
# jaxpr_primitives walks every sub-jaxpr held in an equation's params (jit body, cond branches,
# loop bodies). stages calls the four steps by hand and runs the Compiled object. A global read
# at trace time is a constant in the program: only the program can say whether it ever sums.


class Stages(NamedTuple):
    """What stages() returns: the four steps of jax.jit, one object each (ready to use)."""

    traced: object  # jax.stages.Traced    from jax.jit(fn).trace(*args)
    lowered: object  # jax.stages.Lowered  from traced.lower()
    compiled: object  # jax.stages.Compiled from lowered.compile()
    result: object  # what compiled(*args) returned


def jaxpr_primitives(fn, *args):
    """The set of primitive names in the jaxpr of fn(*args), nested jaxprs included."""
    names = set()
    _collect(jax.make_jaxpr(fn)(*args).jaxpr, names)
    return frozenset(names)


def _collect(jaxpr, names):
    for eqn in jaxpr.eqns:
        names.add(eqn.primitive.name)
        for value in eqn.params.values():
            for sub in value if isinstance(value, tuple) else (value,):  # cond: a tuple
                if isinstance(sub, jax.extend.core.ClosedJaxpr):
                    sub = sub.jaxpr
                if isinstance(sub, jax.extend.core.Jaxpr):
                    _collect(sub, names)


def stages(fn, *args):
    """Trace, lower, compile and execute jax.jit(fn) for args, one step at a time."""
    traced = jax.jit(fn).trace(*args)
    lowered = traced.lower()
    compiled = lowered.compile()
    return Stages(traced=traced, lowered=lowered, compiled=compiled, result=compiled(*args))


def stale_function_sums(arr):
    """Can accumulate_jax_global(arr), as jax.jit runs it for arr, ever return the sum?"""
    return "reduce_sum" in jaxpr_primitives(accumulate_jax_global, arr)
