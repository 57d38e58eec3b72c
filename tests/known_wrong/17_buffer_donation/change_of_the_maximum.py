"""Measures the change as the change of the largest magnitude, max|new| - max|u|.

Plausible: "how much did the state change" as one number, computed inside the step while u
still exists, donation kept. But it compares two different places: a hot spot that cools
while its neighbours warm changes a lot, its maximum only a little.
"""

CAUGHT_BY = (
    "test_diffuse_step_returns_the_new_state_and_the_change",
    "test_simulate_matches_numpy",
    "test_simulate_matches_numpy_on_any_rod",
)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, donate_argnums=0)
def diffuse_step(u):
    new = u.at[1:-1].add(0.25 * (u[:-2] - 2.0 * u[1:-1] + u[2:]))
    return new, jnp.abs(jnp.max(jnp.abs(new)) - jnp.max(jnp.abs(u)))
