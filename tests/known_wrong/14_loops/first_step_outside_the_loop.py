"""Takes the first Euler step before the loop and loops over the remaining steps - 1.

Plausible: it reads like the usual "initialise, then iterate" and gives the right state for
every step count from 1 on. But steps = 0 must return x0 itself; this returns one step.
"""

CAUGHT_BY = ("test_simulate_matches_a_numpy_loop", "test_sensitivity_matches_the_chain_rule")

import jax  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def simulate(x0, steps):
    return lax.fori_loop(0, steps - 1, lambda i, x: step(x), step(x0))  # noqa: F821
