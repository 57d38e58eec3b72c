"""Pads by resizing x in place (ndarray.resize fills the new rows with zeros).

Plausible: no copy, the new rows are +0.0, and the result is exactly right. But it changes
the caller's array: after shard_rows(x), x itself has the padded shape (and refcheck=False
can free memory other views of x still use). The padding belongs in a new array.
"""

CAUGHT_BY = ("test_shard_rows_pads_and_splits_float64", "test_shard_rows_keeps_float32")

import jax  # noqa: E402
from jax.sharding import NamedSharding  # noqa: E402
from jax.sharding import PartitionSpec as P  # noqa: E402


def shard_rows(x):
    devices = jax.device_count()
    x.resize((x.shape[0] + (-x.shape[0] % devices), x.shape[1]), refcheck=False)
    mesh = jax.make_mesh((devices,), ("rows",))
    return jax.device_put(x, NamedSharding(mesh, P("rows")))
