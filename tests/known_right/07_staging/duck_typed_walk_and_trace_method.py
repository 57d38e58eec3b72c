"""Recurses into anything with `.eqns` (a Jaxpr, and a ClosedJaxpr too, which has them), and
asks the jitted function for its own trace.

All right: duck typing finds every nested jaxpr whatever the param's name. For the stale
function, `accumulate_jax_global.trace(arr)` reuses the trace jax.jit cached, so its jaxpr is
the program jax.jit runs (the body of the jit, where a reduce_sum would be).
"""

import jax


def _names(value, found):
    if hasattr(value, "eqns"):
        for eqn in value.eqns:
            found.add(str(eqn.primitive))
            _names(tuple(eqn.params.values()), found)
    elif isinstance(value, tuple | list):
        for item in value:
            _names(item, found)
    return found


def jaxpr_primitives(fn, *args):
    return frozenset(_names(jax.make_jaxpr(fn)(*args), set()))


def stale_function_sums(arr):
    program = accumulate_jax_global.trace(arr).jaxpr  # noqa: F821 - defined in kata.py
    return "reduce_sum" in _names(program, set())
