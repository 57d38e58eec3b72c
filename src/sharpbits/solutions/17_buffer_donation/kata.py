"""Kata 17 · Buffer donation: the array you donated is gone (covers J23).

Reference solution.
"""

import functools

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


@functools.partial(jax.jit, donate_argnums=0)
def diffuse(u):
    """One explicit heat-equation step with fixed ends; u is donated: its memory is reused."""
    return u.at[1:-1].add(0.25 * (u[:-2] - 2.0 * u[1:-1] + u[2:]))


def simulate_reusing_donated(u, steps):
    """Runs `steps` heat steps; returns the final u and the largest change of each step."""
    changes = []
    for _ in range(steps):
        new = diffuse(u)
        changes.append(float(jnp.max(jnp.abs(new - u))))  # u was donated: it is deleted
        u = new
    return u, changes


# --- SOLUTION --------------------------------------------------------------------------------
# Everything that needs the old state is computed inside the step that consumes it: the
# change comes back with the new u, so nobody touches the donated input afterwards. The loop
# rebinds u to each result, so exactly one state array is alive between steps, and it starts
# from a copy (jnp.array copies; jnp.asarray would not): donating the caller's own array
# would delete it under their feet.


@functools.partial(jax.jit, donate_argnums=0)
def diffuse_step(u):
    """One heat step, donating u: returns (the new u, the largest change max|new - u|)."""
    new = u.at[1:-1].add(0.25 * (u[:-2] - 2.0 * u[1:-1] + u[2:]))
    return new, jnp.max(jnp.abs(new - u))


def simulate(u0, steps):
    """Runs `steps` heat steps from u0; returns (the final u, the largest change per step).

    The caller's u0 is left as it was.
    """
    u = jnp.array(u0)  # our own copy: the first step donates it
    changes = []
    for _ in range(steps):
        u, change = diffuse_step(u)
        changes.append(float(change))
    return u, changes
