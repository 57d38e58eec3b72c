"""Another right fix: the option, and the count checked; the blocks on the devices in reverse
order (every device still holds one block of consecutive rows), padded with np.vstack; the
norms with NumPy's compiled einsum, which has no threading layer at all."""

import jax
import numpy as np
from jax.sharding import Mesh, NamedSharding
from jax.sharding import PartitionSpec as P


def start_cpu_devices(n):
    jax.config.update("jax_num_cpu_devices", n)
    if jax.device_count() != n:
        raise RuntimeError(f"asked for {n} devices, JAX has {jax.device_count()}")
    return n


def shard_rows(x):
    devices = jax.devices()[::-1]
    extra = -len(x) % len(devices)
    padded = np.vstack([x, np.zeros((extra, x.shape[1]), x.dtype)])
    mesh = Mesh(np.array(devices), ("rows",))
    return jax.device_put(padded, NamedSharding(mesh, P("rows")))


def norms_of_batches(batches):
    return [np.sqrt(np.einsum("ij,ij->i", b, b)) for b in batches]
