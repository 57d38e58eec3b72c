"""Keeps the donating step, but hands it a copy of the state so that u survives the call.

Plausible: "donation deletes my array, so donate a copy". Right values, no error, but every
step copies the whole state first: two states are alive at once, as without donation.
"""

CAUGHT_BY = ("test_simulate_rebinds_the_state_and_keeps_one_alive",)

import jax.numpy as jnp  # noqa: E402


def simulate(u0, steps):
    u = u0
    changes = []
    for _ in range(steps):
        new, _ = diffuse_step(u.copy())  # noqa: F821 - defined in the reference kata.py
        changes.append(float(jnp.max(jnp.abs(new - u))))
        u = new
    return u, changes
