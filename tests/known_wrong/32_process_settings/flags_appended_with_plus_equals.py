"""Appends the device-count flag with `os.environ["XLA_FLAGS"] += ...` and checks the count.

Plausible: it keeps the other flags, checks what it got and raises RuntimeError when late,
and every process the kata's tests start has XLA_FLAGS set. But a process may have no
XLA_FLAGS at all: then `+=` reads a variable that is not there and raises KeyError, not the
RuntimeError the Rules promise (nor, early, the n devices asked for).
"""

CAUGHT_BY = ("test_start_cpu_devices_raises_once_jax_started",)

import os  # noqa: E402

import jax  # noqa: E402


def start_cpu_devices(n):
    os.environ["XLA_FLAGS"] += f" --xla_force_host_platform_device_count={n}"
    got = jax.device_count()
    if got != n:
        raise RuntimeError(f"JAX has {got} CPU devices, not {n}")
    return got
