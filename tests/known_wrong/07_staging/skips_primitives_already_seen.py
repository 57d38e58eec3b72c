"""Skips an equation whose primitive is already in the set: "nothing new to learn there".

Plausible as a speed-up, since the answer is a set. But two `jit` (or `cond`) equations can
hold different bodies: the second one's primitives are never looked at.
"""

CAUGHT_BY = (
    "test_jaxpr_primitives_matches_the_jaxpr",
    "test_jaxpr_primitives_matches_the_jaxpr_on_random_programs",
)

import jax  # noqa: E402

from sharpbits import compat  # noqa: E402


def jaxpr_primitives(fn, *args):
    names = set()

    def walk(jaxpr):
        for eqn in jaxpr.eqns:
            if eqn.primitive.name in names:
                continue
            names.add(eqn.primitive.name)
            for sub in compat.jaxprs_in_params(eqn.params):
                walk(sub)

    walk(jax.make_jaxpr(fn)(*args).jaxpr)
    return frozenset(names)
