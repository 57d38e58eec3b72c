"""Removes donate_argnums from the step, so that the old state survives the call.

Plausible: the RuntimeError goes away and every value is right. But every step now allocates
a new state while the old one stays alive: the memory saving donation gave is gone.
"""

CAUGHT_BY = (
    "test_diffuse_step_still_donates_its_input",
    "test_simulate_rebinds_the_state_and_keeps_one_alive",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def diffuse_step(u):
    new = u.at[1:-1].add(0.25 * (u[:-2] - 2.0 * u[1:-1] + u[2:]))
    return new, jnp.max(jnp.abs(new - u))


def simulate(u0, steps):
    u = u0
    changes = []
    for _ in range(steps):
        new, _ = diffuse_step(u)
        changes.append(float(jnp.max(jnp.abs(new - u))))
        u = new
    return u, changes
