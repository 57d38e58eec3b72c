"""Returns the largest change as jnp.max(new - u), forgetting the absolute value.

Plausible: "the largest change" read as the largest difference. But heat flows out of the
hot spots too: where a value drops by more than any value rises, max(new - u) misses it.
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
    return new, jnp.max(new - u)
