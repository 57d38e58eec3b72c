"""No explicit element loop where numba has the call: peak_units takes `.max()` of each
column, one column at a time (without an axis it is supported); mean_units takes `np.mean`
of each column view; order_totals multiplies each order by the prices with broadcasting and
sums along the rows with `np.sum(..., axis=1)`.

Right: each call is one numba supports in nopython mode, in int64 where it must be exact
(broadcast int64 products wrap like the loop's, so the totals are exact whenever they fit),
and np.mean of an int64 column sums exactly within the Rules' bounds."""

import numba
import numpy as np


@numba.njit
def peak_units(units):
    best = np.empty(units.shape[1], dtype=units.dtype)
    for j in range(units.shape[1]):
        best[j] = units[:, j].max()
    return best


@numba.njit
def mean_units(units):
    out = np.empty(units.shape[1], dtype=np.float64)
    for j in range(units.shape[1]):
        out[j] = np.mean(units[:, j])
    return out


@numba.njit
def order_totals(units, prices):
    return np.sum(units * prices, axis=1)
