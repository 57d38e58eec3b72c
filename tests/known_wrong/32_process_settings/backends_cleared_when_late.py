"""When the option is refused, clears JAX's backends and sets it again: never fails.

Plausible: it does give n devices in every case, and clear_backends is a public JAX function.
But it restarts the backend under a running program: every array made before is on devices
that no longer exist, and the count the process started with silently changes. The Rules
want the loud failure: after JAX started, a different count raises RuntimeError.
"""

CAUGHT_BY = ("test_start_cpu_devices_raises_once_jax_started_in_a_fresh_process",)

import jax  # noqa: E402
from jax.extend.backend import clear_backends  # noqa: E402


def start_cpu_devices(n):
    try:
        jax.config.update("jax_num_cpu_devices", n)
    except RuntimeError:
        clear_backends()
        jax.config.update("jax_num_cpu_devices", n)
    return jax.device_count()
