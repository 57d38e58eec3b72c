"""Another right fix: the option; a 2-D mesh whose two axes together split the rows (one
block per device still); a module-level Condition used as the lock, the batches handed to
row_norms one at a time, each call holding it."""

import threading

import jax
import numpy as np
from jax.sharding import NamedSharding
from jax.sharding import PartitionSpec as P

_turn = threading.Condition()


def start_cpu_devices(n):
    jax.config.update("jax_num_cpu_devices", n)
    return jax.device_count()


def _grid(devices):
    a = next(k for k in range(int(devices**0.5), 0, -1) if devices % k == 0)
    return a, devices // a


def shard_rows(x):
    devices = jax.device_count()
    padded = np.pad(x, ((0, -x.shape[0] % devices), (0, 0)), constant_values=0.0)
    mesh = jax.make_mesh(_grid(devices), ("a", "b"))
    return jax.device_put(padded, NamedSharding(mesh, P(("a", "b"), None)))


def norms_of_batches(batches):
    out = []
    for batch in batches:
        with _turn:
            out.append(row_norms(batch))  # noqa: F821 (the GIVEN row_norms)
    return out
