"""Recurses into every ClosedJaxpr in the params, alone or in a tuple, and nothing else.

Plausible: every nested jaxpr the lesson prints (jit, cond, while, scan) is a ClosedJaxpr.
But jax.checkpoint keeps its body as a plain Jaxpr, and this walker skips it.
"""

CAUGHT_BY = (
    "test_jaxpr_primitives_matches_the_jaxpr",
    "test_jaxpr_primitives_matches_the_jaxpr_on_random_programs",
)

import jax  # noqa: E402
from jax.extend.core import ClosedJaxpr  # noqa: E402


def jaxpr_primitives(fn, *args):
    names = set()

    def walk(jaxpr):
        for eqn in jaxpr.eqns:
            names.add(eqn.primitive.name)
            for value in eqn.params.values():
                for sub in value if isinstance(value, tuple) else (value,):
                    if isinstance(sub, ClosedJaxpr):
                        walk(sub.jaxpr)

    walk(jax.make_jaxpr(fn)(*args).jaxpr)
    return frozenset(names)
