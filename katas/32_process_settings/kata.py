"""Kata 32 · Process-wide settings: devices, sharding, threading layers (covers J35, J36, N28).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/32_process_settings` passes.
Stuck? `sharpbits hint 32` gives a hint (ask again for the next).
"""

import os

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


# --- YOUR CODE -------------------------------------------------------------------------------
# All three are still the broken code above. start_cpu_devices sets the flag, but XLA read
# XLA_FLAGS once, when JAX's backend started: after the first JAX operation the flag is
# ignored and the count silently stays what it was (and the other flags are gone). shard_rows
# splits the rows over the devices, which XLA refuses unless the row count divides evenly.
# norms_of_batches calls the parallel row_norms; called from several Python threads at once
# it takes down the whole process where numba's threading layer is workqueue.


def start_cpu_devices(n):
    """Make n CPU devices available to JAX in this process; return jax.device_count()."""
    os.environ["XLA_FLAGS"] = f"--xla_force_host_platform_device_count={n}"
    return jax.device_count()


def shard_rows(x):
    """x (rows, columns) padded with zero rows to a multiple of the device count, its rows
    split evenly over every device of the process."""
    mesh = jax.make_mesh((jax.device_count(),), ("rows",), axis_types=(AxisType.Explicit,))
    return jax.device_put(x, NamedSharding(mesh, P("rows")))


def norms_of_batches(batches):
    """row_norms of each 2-D float64 array in batches, as a list; safe to call from several
    Python threads at once."""
    return [row_norms(batch) for batch in batches]
