"""Adds the values up in float32 inside sum_typed_dict, "for speed".

Plausible: float32 arithmetic is the usual speed trick. Wrong: each value is rounded to 24
bits before it is added, so the sum is off by up to one part in ten million.
"""

CAUGHT_BY = ("test_sum_values_adds_up_the_values", "test_sum_typed_dict_adds_up_a_typed_dict")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def sum_typed_dict(td):
    total = np.float32(0.0)
    for v in td.values():
        total += np.float32(v)
    return float(total)
