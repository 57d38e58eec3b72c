"""Keeps steps static (as shipped) and loops with lax.fori_loop.

Plausible: the loop is no longer unrolled (static bounds make fori_loop a scan), the values
are right and jax.grad would even work. But a static argument is part of jit's cache key:
every new step count traces and compiles a new program.
"""

CAUGHT_BY = ("test_simulate_compiles_once_for_any_step_count",)

import functools  # noqa: E402

import jax  # noqa: E402
from jax import lax  # noqa: E402


@functools.partial(jax.jit, static_argnames="steps")
def simulate(x0, steps):
    return lax.fori_loop(0, steps, lambda i, x: step(x), x0)  # noqa: F821
