"""Another right fix: adds the flag and checks the count it got; pads inside a jitted
function with an output sharding; a serial compiled kernel, which never touches the
threading layer, for calls from threads."""

import os

import jax
import jax.numpy as jnp
import numba
from jax.sharding import AxisType, NamedSharding
from jax.sharding import PartitionSpec as P


def start_cpu_devices(n):
    flags = os.environ.get("XLA_FLAGS", "")
    os.environ["XLA_FLAGS"] = f"{flags} --xla_force_host_platform_device_count={n}".strip()
    if jax.device_count() != n:
        raise RuntimeError(f"JAX already started with {jax.device_count()} devices, not {n}")
    return n


def shard_rows(x):
    devices = jax.device_count()
    mesh = jax.make_mesh((devices,), ("rows",), axis_types=(AxisType.Explicit,))
    extra = -x.shape[0] % devices
    pad = jax.jit(
        lambda a: jnp.pad(a, ((0, extra), (0, 0))),
        out_shardings=NamedSharding(mesh, P("rows")),
    )
    return pad(x)


_serial_row_norms = numba.njit(row_norms.py_func)  # noqa: F821 (the GIVEN row_norms)


def norms_of_batches(batches):
    return [_serial_row_norms(batch) for batch in batches]
