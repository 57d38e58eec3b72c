"""Starts from jnp.asarray(u0), believing it makes the copy the first step may donate.

For a NumPy u0 it does (the data moves to the device). For a JAX array it returns u0 itself:
the first step donates the caller's array, and the caller finds it deleted.
"""

CAUGHT_BY = ("test_simulate_leaves_the_callers_array_alone",)

import jax.numpy as jnp  # noqa: E402


def simulate(u0, steps):
    u = jnp.asarray(u0)
    changes = []
    for _ in range(steps):
        u, change = diffuse_step(u)  # noqa: F821 - defined in the reference kata.py
        changes.append(float(change))
    return u, changes
