"""Another right fix: the JAX option for the count; the sharded array built shard by shard
with make_array_from_callback; the batches of one width stacked into one parallel call,
under a lock."""

import threading

import jax
import numpy as np
from jax.sharding import AxisType, NamedSharding
from jax.sharding import PartitionSpec as P

_lock = threading.RLock()


def start_cpu_devices(n):
    jax.config.update("jax_num_cpu_devices", n)
    return jax.device_count()


def shard_rows(x):
    devices = jax.device_count()
    rows = x.shape[0] + (-x.shape[0] % devices)
    padded = np.zeros((rows, x.shape[1]), dtype=x.dtype)
    padded[: x.shape[0]] = x
    sharding = NamedSharding(
        jax.make_mesh((devices,), ("rows",), axis_types=(AxisType.Explicit,)), P("rows")
    )
    return jax.make_array_from_callback(padded.shape, sharding, lambda index: padded[index])


def norms_of_batches(batches):
    """Batches of one width go through row_norms together, as one stacked array."""
    out = [None] * len(batches)
    widths = {b.shape[1] for b in batches}
    with _lock:
        for width in widths:
            which = [k for k, b in enumerate(batches) if b.shape[1] == width]
            stacked = np.concatenate([batches[k] for k in which])
            norms = row_norms(np.ascontiguousarray(stacked))  # noqa: F821 (the GIVEN row_norms)
            cuts = np.cumsum([batches[k].shape[0] for k in which])[:-1]
            for k, part in zip(which, np.split(norms, cuts), strict=True):
                out[k] = part
    return out
