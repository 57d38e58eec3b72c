"""The parallel version is @numba.njit(parallel=True) around a call of the serial one.

Plausible: do not repeat yourself; it compiles, in nopython mode, with parallel=True. Wrong:
the loop lives in quadratic_numba, compiled serially; numba finds nothing to parallelise here.
"""

CAUGHT_BY = ("test_parallel_version_really_runs_a_parallel_loop",)

import numba  # noqa: E402


@numba.njit(parallel=True)
def quadratic_numba_parallel(a, b, c):
    return quadratic_numba(a, b, c)  # noqa: F821 - defined in the reference kata.py
