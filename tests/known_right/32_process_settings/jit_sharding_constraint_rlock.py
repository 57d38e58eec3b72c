"""Another right fix: the padding inside jit, placed by lax.with_sharding_constraint on a
Mesh (its axes Auto, as with_sharding_constraint wants on every JAX version); a module-level
RLock around the calls of row_norms."""

import threading

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import Mesh, NamedSharding
from jax.sharding import PartitionSpec as P

_lock = threading.RLock()


def shard_rows(x):
    devices = jax.device_count()
    sharding = NamedSharding(Mesh(np.array(jax.devices()), ("rows",)), P("rows"))

    @jax.jit
    def pad(a):
        extra = jnp.zeros((-a.shape[0] % devices, a.shape[1]), a.dtype)
        return jax.lax.with_sharding_constraint(jnp.concatenate([a, extra]), sharding)

    return pad(x)


def norms_of_batches(batches):
    with _lock:
        return [row_norms(b) for b in batches]  # noqa: F821
