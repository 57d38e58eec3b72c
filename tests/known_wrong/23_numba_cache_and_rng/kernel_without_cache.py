"""Uses the gain argument and, to be safe, turns the cache off: every process compiles
apply_gain_kernel afresh, so the values are right, but the second process no longer loads
anything from the cache: the start-up time cache=True was there to save is paid again in
every process."""

CAUGHT_BY = ("test_second_process_loads_the_kernel_from_the_cache",)

import numba  # noqa: E402


@numba.njit
def apply_gain_kernel(x, gain):
    return x * gain
