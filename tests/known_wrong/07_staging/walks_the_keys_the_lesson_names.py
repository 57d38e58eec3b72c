"""Walks the params the lesson names: 'jaxpr', 'branches', 'cond_jaxpr', 'body_jaxpr'.

Plausible: that list covers jit, cond, while and scan, every example in the lesson. But a
custom_jvp_call (jax.nn.relu, any jax.custom_jvp function) keeps its body under
'call_jaxpr', and this walker never looks there.
"""

CAUGHT_BY = (
    "test_jaxpr_primitives_matches_the_jaxpr",
    "test_jaxpr_primitives_matches_the_jaxpr_on_random_programs",
)

import jax  # noqa: E402

KEYS = ("jaxpr", "branches", "cond_jaxpr", "body_jaxpr")


def jaxpr_primitives(fn, *args):
    names = set()

    def walk(jaxpr):
        for eqn in jaxpr.eqns:
            names.add(eqn.primitive.name)
            for key in KEYS:
                inner = eqn.params.get(key)
                for sub in inner if isinstance(inner, tuple) else (inner,):
                    if sub is not None:
                        walk(getattr(sub, "jaxpr", sub))  # ClosedJaxpr or Jaxpr

    walk(jax.make_jaxpr(fn)(*args).jaxpr)
    return frozenset(names)
