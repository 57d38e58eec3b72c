"""Walks into the `jaxpr` param only: right for `jit` and `scan`, blind to the `branches` of
`cond` and the `cond_jaxpr` / `body_jaxpr` of `while`.

Plausible: the stale function's jaxpr shows one nested `jaxpr=`, so that is the key to follow.
"""

CAUGHT_BY = ("test_jaxpr_primitives_matches_the_jaxpr",)

import jax  # noqa: E402


def jaxpr_primitives(fn, *args):
    names = set()

    def walk(jaxpr):
        for eqn in jaxpr.eqns:
            names.add(eqn.primitive.name)
            inner = eqn.params.get("jaxpr")
            if inner is not None:
                walk(getattr(inner, "jaxpr", inner))  # ClosedJaxpr or Jaxpr

    walk(jax.make_jaxpr(fn)(*args).jaxpr)
    return frozenset(names)
