"""prange without parallel=True: numba accepts it silently and runs the loop serially."""

CAUGHT_BY = (
    "test_numba_versions_are_compiled_in_nopython_mode",
    "test_parallel_version_really_runs_a_parallel_loop",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def quadratic_numba_parallel(a, b, c):
    out = np.empty_like(a)
    for i in numba.prange(a.shape[0]):
        out[i] = (-b[i] + np.sqrt(b[i] ** 2 - 4 * a[i] * c[i])) / (2 * a[i])
    return out
