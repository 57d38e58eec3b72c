"""Pads to a multiple of 4 and builds a mesh of 4 devices: the count the lesson's process has.

Plausible: the README says this kata runs with four CPU devices, so `-rows % 4` and
`make_mesh((4,), ...)` pass every check made in that process. But the rows' multiple is the
process's own `jax.device_count()`: in a process with 3 devices (after start_cpu_devices(3))
a mesh of 4 cannot even be made, and on 8 the blocks would leave half the devices empty.
"""

CAUGHT_BY = ("test_shard_rows_in_a_process_with_another_device_count",)

import jax  # noqa: E402
import numpy as np  # noqa: E402
from jax.sharding import NamedSharding  # noqa: E402
from jax.sharding import PartitionSpec as P  # noqa: E402


def shard_rows(x):
    padded = np.pad(x, ((0, -x.shape[0] % 4), (0, 0)))
    mesh = jax.make_mesh((4,), ("rows",))
    return jax.device_put(padded, NamedSharding(mesh, P("rows")))
