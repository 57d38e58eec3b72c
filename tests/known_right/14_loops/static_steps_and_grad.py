"""sensitivity with steps static and jax.grad through a fori_loop with static bounds.

Right: with Python ints as bounds fori_loop lowers to a scan, which reverse mode goes
through; the rules let sensitivity compile once per step count. (simulate keeps steps traced.)
"""

import functools

import jax
from jax import lax


@functools.partial(jax.jit, static_argnames="steps")
def sensitivity(x0, steps):
    def final(x):
        return lax.fori_loop(0, steps, lambda i, x: step(x), x)  # noqa: F821

    return jax.grad(final)(x0)
