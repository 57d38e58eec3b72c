"""Marks the level static, as peak_to_peak's axis: GAINS[level] then gets a Python int.

Right answers, but every level compiles its own program, although the level decides no shape:
a value that changes from call to call recompiles from call to call.
"""

CAUGHT_BY = ("test_amplify_compiles_once_for_every_level",)

import functools  # noqa: E402

import jax  # noqa: E402


@functools.partial(jax.jit, static_argnames="level")
def amplify(x, level):
    return x * GAINS[level]  # noqa: F821 - defined in the reference kata.py
