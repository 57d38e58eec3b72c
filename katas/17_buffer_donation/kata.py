"""Kata 17 · Buffer donation: the array you donated is gone (covers J23).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/17_buffer_donation` passes.
Stuck? `sharpbits hint 17` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# diffuse_step donates u, so once it has been called, u is deleted: simulate may not look at
# it again, and must not donate the caller's array either. Compute the change inside the
# jitted step, from the old u before it is gone, return it with the new u, and rebind
# `u = ...` in the loop. Keep the donation: it is what lets the step reuse u's memory.


@functools.partial(jax.jit, donate_argnums=0)
def diffuse_step(u):
    """One heat step, donating u: returns (the new u, the largest change max|new - u|)."""
    return u.at[1:-1].add(0.25 * (u[:-2] - 2.0 * u[1:-1] + u[2:]))


def simulate(u0, steps):
    """Runs `steps` heat steps from u0; returns (the final u, the largest change per step).

    The caller's u0 is left as it was.
    """
    u = u0
    changes = []
    for _ in range(steps):
        new = diffuse_step(u)
        changes.append(float(jnp.max(jnp.abs(new - u))))
        u = new
    return u, changes
