"""Keeps a NumPy copy of the old state to measure the change after the donating step.

Plausible: the donated u is deleted, so copy what is needed first; the step still donates,
only one state lives on the device, every value is right. But np.array(u) is a full copy of
the state in host memory every step (plus a transfer): the memory donation saves is spent on
the host instead.
"""

CAUGHT_BY = ("test_simulate_rebinds_the_state_and_keeps_one_alive",)

import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402


def simulate(u0, steps):
    u = jnp.array(u0)
    changes = []
    for _ in range(steps):
        old = np.array(u)
        u, _ = diffuse_step(u)  # noqa: F821 - defined in the reference kata.py
        changes.append(float(np.max(np.abs(np.asarray(u) - old))))
    return u, changes
