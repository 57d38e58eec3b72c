"""Starts from jax.device_put(u0), believing that putting it on the device makes a copy.

For a NumPy u0 it does. For a JAX array already on the device it returns u0 itself: the
first step donates the caller's array, and the caller finds it deleted.
"""

CAUGHT_BY = ("test_simulate_leaves_the_callers_array_alone",)

import jax  # noqa: E402


def simulate(u0, steps):
    u = jax.device_put(u0)
    changes = []
    for _ in range(steps):
        u, change = diffuse_step(u)  # noqa: F821 - defined in the reference kata.py
        changes.append(float(change))
    return u, changes
