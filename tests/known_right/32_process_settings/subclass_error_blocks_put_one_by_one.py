"""Another right fix: the flag added and the count checked, with an error class of its own
(a RuntimeError); the sharded array assembled from one device_put per block; a serial
numba kernel written with np.sum, which never touches the threading layer."""

import os

import jax
import numba
import numpy as np
from jax.sharding import Mesh, NamedSharding
from jax.sharding import PartitionSpec as P


class TooLateForDevices(RuntimeError):
    """JAX's backend already started: its device count is fixed."""


def start_cpu_devices(n):
    flag = f"--xla_force_host_platform_device_count={n}"
    os.environ["XLA_FLAGS"] = " ".join([flag, *os.environ.get("XLA_FLAGS", "").split()])
    got = jax.device_count()
    if got != n:
        raise TooLateForDevices(f"JAX started with {got} CPU devices; {n} asked too late")
    return got


def shard_rows(x):
    devices = jax.devices()
    rows = -(-x.shape[0] // len(devices)) * len(devices)
    padded = np.zeros((rows, x.shape[1]), dtype=x.dtype)
    padded[: x.shape[0]] = x
    block = rows // len(devices)
    sharding = NamedSharding(Mesh(np.array(devices), ("rows",)), P("rows", None))
    pieces = [
        jax.device_put(padded[k * block : (k + 1) * block], device)
        for k, device in enumerate(devices)
    ]
    return jax.make_array_from_single_device_arrays(padded.shape, sharding, pieces)


@numba.njit(nogil=True)
def _norms_serial(block):
    return np.sqrt(np.sum(block * block, axis=1))


def norms_of_batches(batches):
    return [_norms_serial(batch) for batch in batches]
