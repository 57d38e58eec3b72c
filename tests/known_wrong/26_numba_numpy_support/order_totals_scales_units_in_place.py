"""Vectorised with supported calls: multiply each order by the prices, then np.sum along the
rows. But written with `*=`, "no temporary array": that multiplies the caller's units table
in place, and the order book now holds prices instead of units."""

CAUGHT_BY = ("test_order_totals_leaves_its_inputs_unchanged",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def order_totals(units, prices):
    units *= prices
    return np.sum(units, axis=1)
