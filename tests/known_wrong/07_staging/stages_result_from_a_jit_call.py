"""Builds the three stages right, then gets the result from the usual jax.jit(fn)(*args).

Plausible: "that is how you run a jitted function". It compiles fn a second time through the
call cache and never executes the Compiled object it just made.
"""

CAUGHT_BY = ("test_stages_result_comes_from_the_compiled_stage_not_a_jit_call",)

import jax  # noqa: E402


def stages(fn, *args):
    traced = jax.jit(fn).trace(*args)
    lowered = traced.lower()
    compiled = lowered.compile()
    return Stages(traced, lowered, compiled, jax.jit(fn)(*args))  # noqa: F821 - in kata.py
