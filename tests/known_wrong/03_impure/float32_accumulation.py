"""accumulate_numba reduces a float32 copy of arr, "for speed".

Plausible: float32 halves the memory read and usually looks the same. Wrong: each value is
rounded to 24 bits, so sums and products differ from float64's in the 8th digit, and a
product of 1e200s overflows float32 long before float64.
"""

CAUGHT_BY = ("test_any_sequence_of_flags_gives_the_right_answer",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def accumulate_numba(arr, do_sum):
    small = arr.astype(np.float32)
    if do_sum:
        return float(small.sum())
    return float(small.prod())
