"""Uses the gain argument, and scales x in place (`x *= gain`), "no extra array": the values
returned are right, but the caller's array is changed too."""

CAUGHT_BY = ("test_apply_gain_kernel_multiplies_by_its_gain_argument",)

import numba  # noqa: E402


@numba.njit(cache=True)
def apply_gain_kernel(x, gain):
    x *= gain
    return x
