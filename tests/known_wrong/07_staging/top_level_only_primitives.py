"""Reads the names of the top-level equations only: a `jit`, `cond` or loop hides its body.

Plausible: the printed jaxpr looks like a flat list of equations. For the stale function it
gives {"jit"}, so stale_function_sums (built on it) can never see a sum either.
"""

CAUGHT_BY = (
    "test_jaxpr_primitives_finds_the_product_inside_the_stale_function",
    "test_jaxpr_primitives_matches_the_jaxpr",
    "test_stale_function_sums_sees_a_new_shape_traced_with_the_new_global",
)

import jax  # noqa: E402


def jaxpr_primitives(fn, *args):
    closed = jax.make_jaxpr(fn)(*args)
    return frozenset(eqn.primitive.name for eqn in closed.jaxpr.eqns)
