"""apply_gain_kernel short-cuts the default gain: `if gain == 1.0: return x`.

Plausible, and found by an outside review (the judge accepted it): KATA23_GAIN defaults to
1.0, so this "saves a copy" in the common case, and the values are right. Wrong: the result
is the caller's own array, so writing into apply_gain(x) changes x (the Rules: "a new float64
array").
"""

CAUGHT_BY = ("test_apply_gain_kernel_multiplies_by_its_gain_argument",)

import numba  # noqa: E402


@numba.njit(cache=True)
def apply_gain_kernel(x, gain):
    if gain == 1.0:
        return x
    return x * gain
