"""parallel=True on a plain `range` loop: numba finds nothing to parallelise (only a warning)."""

CAUGHT_BY = ("test_parallel_version_really_runs_a_parallel_loop",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit(parallel=True)
def quadratic_numba_parallel(a, b, c):
    out = np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = (-b[i] + np.sqrt(b[i] ** 2 - 4 * a[i] * c[i])) / (2 * a[i])
    return out
