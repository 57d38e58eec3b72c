"""The row-at-a-time fold, parallel and without temporaries: a `numba.prange` down the
orders, each folding its order into the running maxima with `np.maximum(best, units[i],
best)` (the ufunc's out argument). Every iteration reads and writes all of `best` at once
through the call, so two threads can overwrite each other's larger value; on one thread it
is right, and no `best[...] = ` appears in the loop."""

CAUGHT_BY = ("test_peak_units_has_no_race",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def peak_units(units):
    best = units[0].copy()
    for i in numba.prange(1, units.shape[0]):
        np.maximum(best, units[i], best)
    return best
