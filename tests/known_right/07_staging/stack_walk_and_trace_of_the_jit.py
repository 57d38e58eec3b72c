"""Walks with an explicit stack and isinstance checks instead of recursion, traces through
jax.jit(fn).trace(*args).jaxpr instead of make_jaxpr, and asks the stale function through an
abstract argument of arr's shape and dtype.

All right: the traced stage of jax.jit(fn) holds the same jaxpr make_jaxpr returns (a jitted
fn shows as one `jit` equation), a stack visits every nested Jaxpr and ClosedJaxpr, and
tracing needs only the shape and dtype, which a ShapeDtypeStruct carries.
"""

import jax
from jax.extend.core import ClosedJaxpr, Jaxpr


def jaxpr_primitives(fn, *args):
    names = set()
    todo = [jax.jit(fn).trace(*args).jaxpr]
    while todo:
        item = todo.pop()
        if isinstance(item, ClosedJaxpr):
            todo.append(item.jaxpr)
        elif isinstance(item, Jaxpr):
            for eqn in item.eqns:
                names.add(eqn.primitive.name)
                todo.extend(eqn.params.values())
        elif isinstance(item, tuple | list):
            todo.extend(item)
    return names


def stages(fn, *args):
    jitted = jax.jit(fn)
    traced = jitted.trace(*args)
    lowered = traced.lower()
    compiled = lowered.compile()
    result = jax.block_until_ready(compiled(*args))
    return Stages(traced=traced, lowered=lowered, compiled=compiled, result=result)  # noqa: F821


def stale_function_sums(arr):
    spec = jax.ShapeDtypeStruct(arr.shape, arr.dtype)
    return "reduce_sum" in jaxpr_primitives(accumulate_jax_global, spec)  # noqa: F821
