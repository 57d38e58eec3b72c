"""Copies the old state on the device before the donating step, and measures the change after.

Plausible: the most direct answer to "u has been deleted": keep a copy. Right values, and
diffuse_step still donates. But during every step two full states are alive, the copy and
the new one, which is what donation was meant to avoid.
"""

CAUGHT_BY = ("test_simulate_rebinds_the_state_and_keeps_one_alive",)

import jax.numpy as jnp  # noqa: E402


def simulate(u0, steps):
    u = jnp.array(u0)
    changes = []
    for _ in range(steps):
        old = jnp.copy(u)
        u, _ = diffuse_step(u)  # noqa: F821 - defined in the reference kata.py
        changes.append(float(jnp.max(jnp.abs(u - old))))
    return u, changes
