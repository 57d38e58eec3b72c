"""Adds the device-count flag to XLA_FLAGS instead of replacing them, and returns the count.

Plausible: it fixes the visible bug (the other flags survive), and called first thing in a
new process it does give n devices. But after the first JAX operation XLA never reads the
flags again: the call silently returns the old count, which is the pitfall itself.
"""

CAUGHT_BY = (
    "test_start_cpu_devices_raises_once_jax_started_in_a_fresh_process",
    "test_start_cpu_devices_raises_once_jax_started",
)

import os  # noqa: E402

import jax  # noqa: E402


def start_cpu_devices(n):
    flags = os.environ.get("XLA_FLAGS", "").split()
    flags = [f for f in flags if not f.startswith("--xla_force_host_platform_device_count")]
    os.environ["XLA_FLAGS"] = " ".join([*flags, f"--xla_force_host_platform_device_count={n}"])
    return jax.device_count()
