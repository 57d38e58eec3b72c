"""Keeps the global in the kernel and calls apply_gain_kernel.recompile() before each use, the
cure for a stale global within one process: apply_gain now gives each process its own gain,
but recompile() also empties the on-disk cache, so no process ever loads the kernel from it
(every call compiles again), and the kernel still ignores its gain argument."""

CAUGHT_BY = (
    "test_second_process_loads_the_kernel_from_the_cache",
    "test_apply_gain_kernel_multiplies_by_its_gain_argument",
)

import numba  # noqa: E402


@numba.njit(cache=True)
def apply_gain_kernel(x, gain):
    return x * GAIN  # noqa: F821


def apply_gain(x):
    apply_gain_kernel.recompile()
    return apply_gain_kernel(x, GAIN)  # noqa: F821
