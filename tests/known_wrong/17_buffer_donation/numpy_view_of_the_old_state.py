"""Keeps np.asarray(u), "a cheap view, no copy", of the old state to measure the change.

Plausible: on CPU np.asarray of a JAX array shares its buffer instead of copying it. But then
the buffer has two owners, and XLA cannot donate it: the step silently allocates a new state,
u is not deleted, and two states are alive at once, with no warning.
"""

CAUGHT_BY = ("test_simulate_rebinds_the_state_and_keeps_one_alive",)

import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402


def simulate(u0, steps):
    u = jnp.array(u0)
    changes = []
    for _ in range(steps):
        old = np.asarray(u)
        u, _ = diffuse_step(u)  # noqa: F821 - defined in the reference kata.py
        changes.append(float(np.max(np.abs(np.asarray(u) - old))))
    return u, changes
