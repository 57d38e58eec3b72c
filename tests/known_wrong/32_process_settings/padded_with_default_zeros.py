"""Pads by concatenating jnp.zeros rows, then places the result.

Plausible: it is what one writes in JAX, and every float64 case is right. But jnp.zeros
makes the default float dtype (float64 here), and concatenating it with a float32 x promotes
the whole array: a float32 input comes back as float64, twice the memory on every device.
"""

CAUGHT_BY = ("test_shard_rows_keeps_float32",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax.sharding import AxisType, NamedSharding  # noqa: E402
from jax.sharding import PartitionSpec as P  # noqa: E402


def shard_rows(x):
    devices = jax.device_count()
    extra = -x.shape[0] % devices
    padded = jnp.concatenate([jnp.asarray(x), jnp.zeros((extra, x.shape[1]))])
    mesh = jax.make_mesh((devices,), ("rows",), axis_types=(AxisType.Explicit,))
    return jax.device_put(padded, NamedSharding(mesh, P("rows")))
