"""Runs the loop per element of x0 under jax.vmap, and differentiates the given while_loop.

Plausible: "map the scalar simulation over a batch" is idiomatic JAX, every 1-D and 2-D x0
gives the right values in one compilation, and jax.jacfwd of simulate_while is a right
sensitivity. But x0 may be a scalar, and vmap cannot map over an array with no axis: a
scalar x0 raises a ValueError.
"""

CAUGHT_BY = ("test_simulate_keeps_the_shape_of_x0",)

import jax  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def simulate(x0, steps):
    def one(x):
        return lax.fori_loop(0, steps, lambda i, x: step(x), x)  # noqa: F821

    return jax.vmap(one)(x0)


@jax.jit
def sensitivity(x0, steps):
    return jax.jacfwd(simulate_while)(x0, steps)  # noqa: F821
