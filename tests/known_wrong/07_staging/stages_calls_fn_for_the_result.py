"""Builds the three stages right, then computes the result by calling fn in plain Python.

Plausible: "the result is just fn(*args)". Same numbers, but it runs fn eagerly, op by op,
instead of executing the compiled program.
"""

CAUGHT_BY = ("test_stages_runs_python_only_while_tracing",)

import jax  # noqa: E402


def stages(fn, *args):
    traced = jax.jit(fn).trace(*args)
    lowered = traced.lower()
    compiled = lowered.compile()
    return Stages(traced, lowered, compiled, fn(*args))  # noqa: F821 - defined in kata.py
