"""Pads with devices - rows % devices zero rows.

Plausible: it is the textbook "round up to a multiple" and works for 10 rows on 4 devices
(2 more: 12). But when the rows already divide evenly, rows % devices is 0 and it adds a
whole block of zero rows (12 rows become 16); with no rows at all, 4 rows of zeros.
"""

CAUGHT_BY = ("test_shard_rows_pads_and_splits_float64", "test_shard_rows_keeps_float32")

import jax  # noqa: E402
import numpy as np  # noqa: E402
from jax.sharding import AxisType, NamedSharding  # noqa: E402
from jax.sharding import PartitionSpec as P  # noqa: E402


def shard_rows(x):
    devices = jax.device_count()
    padded = np.pad(x, ((0, devices - x.shape[0] % devices), (0, 0)))
    mesh = jax.make_mesh((devices,), ("rows",), axis_types=(AxisType.Explicit,))
    return jax.device_put(padded, NamedSharding(mesh, P("rows")))
