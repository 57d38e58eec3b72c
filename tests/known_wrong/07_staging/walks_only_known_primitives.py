"""Walks the params of the primitives the lesson shows holding a body (jit, cond, while,
scan), and of no other.

Plausible: "only control flow and calls have bodies". But jax.checkpoint (remat2) and
custom_jvp_call (jax.nn.relu, any jax.custom_jvp function) hold one too.
"""

CAUGHT_BY = (
    "test_jaxpr_primitives_matches_the_jaxpr",
    "test_jaxpr_primitives_matches_the_jaxpr_on_random_programs",
)

import jax  # noqa: E402

from sharpbits import compat  # noqa: E402

WITH_BODIES = ("jit", "cond", "while", "scan")


def jaxpr_primitives(fn, *args):
    names = set()

    def walk(jaxpr):
        for eqn in jaxpr.eqns:
            names.add(eqn.primitive.name)
            if eqn.primitive.name in WITH_BODIES:
                for sub in compat.jaxprs_in_params(eqn.params):
                    walk(sub)

    walk(jax.make_jaxpr(fn)(*args).jaxpr)
    return frozenset(names)
