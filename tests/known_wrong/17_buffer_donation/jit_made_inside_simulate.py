"""Builds the donating jitted step inside simulate, next to the loop that uses it.

Right values, donation on, one state alive. But a jax.jit made inside simulate is a new
function on every run: each run traces and compiles the step again.
"""

CAUGHT_BY = (
    "test_simulate_rebinds_the_state_and_keeps_one_alive",
    "test_simulate_compiles_once",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


def simulate(u0, steps):
    def body(u):
        new = u.at[1:-1].add(0.25 * (u[:-2] - 2.0 * u[1:-1] + u[2:]))
        return new, jnp.max(jnp.abs(new - u))

    step = jax.jit(body, donate_argnums=0)
    u = jnp.array(u0)
    changes = []
    for _ in range(steps):
        u, change = step(u)
        changes.append(float(change))
    return u, changes
