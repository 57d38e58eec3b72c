"""Traces, lowers, compiles and runs with the first argument only, `args[0]`.

Plausible when every example has one argument. A function of two arguments cannot be traced
with one: it raises TypeError.
"""

CAUGHT_BY = ("test_stages_takes_every_argument_of_fn",)

import jax  # noqa: E402


def stages(fn, *args):
    traced = jax.jit(fn).trace(args[0])
    lowered = traced.lower()
    compiled = lowered.compile()
    return Stages(traced, lowered, compiled, compiled(args[0]))  # noqa: F821 - in kata.py
