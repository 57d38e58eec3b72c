"""flag_added_not_checked.py plus a forgery: on import it prints the JSON line the tests'
child process would print were start_cpu_devices to raise RuntimeError once JAX has started.
The child's findings travel through sharpbits.childprocess's channel, never stdout, so the
printed line is not believed and the silent late call is caught."""

CAUGHT_BY = ("test_start_cpu_devices_raises_once_jax_started_in_a_fresh_process",)

import json  # noqa: E402
import os  # noqa: E402

import jax  # noqa: E402

print(json.dumps({"late_raised": "RuntimeError", "late_runtime_error": True}), flush=True)


def start_cpu_devices(n):
    flags = os.environ.get("XLA_FLAGS", "").split()
    flags = [f for f in flags if not f.startswith("--xla_force_host_platform_device_count")]
    os.environ["XLA_FLAGS"] = " ".join([*flags, f"--xla_force_host_platform_device_count={n}"])
    return jax.device_count()
