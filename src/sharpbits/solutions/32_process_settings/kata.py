"""Kata 32 · Process-wide settings: devices, sharding, threading layers (covers J35, J36, N28).

Reference solution.
"""

import os
import threading

import jax
import numba
import numpy as np
from jax.sharding import AxisType, NamedSharding
from jax.sharding import PartitionSpec as P

# --- GIVEN: the pitfalls exactly as the lecture shows them. Do not edit. --------------------


def cpu_devices_from_flags(n):
    """Ask XLA for n CPU devices through XLA_FLAGS; return how many devices JAX then has."""
    os.environ["XLA_FLAGS"] = f"--xla_force_host_platform_device_count={n}"
    return jax.device_count()


def place_rows(x):
    """x (rows, columns) placed with its rows split over every device of the process."""
    mesh = jax.make_mesh((jax.device_count(),), ("rows",), axis_types=(AxisType.Explicit,))
    return jax.device_put(x, NamedSharding(mesh, P("rows")))


@numba.njit(parallel=True)
def row_norms(block):
    """The Euclidean norm of each row of a 2-D float64 array, rows in parallel."""
    out = np.empty(block.shape[0])
    for i in numba.prange(block.shape[0]):
        total = 0.0
        for j in range(block.shape[1]):
            total += block[i, j] * block[i, j]
        out[i] = np.sqrt(total)
    return out


# --- SOLUTION --------------------------------------------------------------------------------

_row_norms_lock = threading.Lock()  # workqueue runs one parallel region at a time


def start_cpu_devices(n):
    """Make n CPU devices available to JAX in this process; return jax.device_count()."""
    jax.config.update("jax_num_cpu_devices", n)  # RuntimeError once the backend started
    return jax.device_count()


def shard_rows(x):
    """x (rows, columns) padded with zero rows to a multiple of the device count, its rows
    split evenly over every device of the process."""
    devices = jax.device_count()
    padded = np.pad(x, ((0, -x.shape[0] % devices), (0, 0)))
    mesh = jax.make_mesh((devices,), ("rows",), axis_types=(AxisType.Explicit,))
    return jax.device_put(padded, NamedSharding(mesh, P("rows")))


def norms_of_batches(batches):
    """row_norms of each 2-D float64 array in batches, as a list; safe to call from several
    Python threads at once."""
    with _row_norms_lock:
        return [row_norms(batch) for batch in batches]
