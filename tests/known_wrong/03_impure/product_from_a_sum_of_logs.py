"""accumulate_numba takes the product as exp(sum(log|x|)) with the sign counted apart, "so a
long product cannot overflow halfway".

Plausible, and a borderline case: every fixed example passes (empty, NaN, the infinities,
0 * inf, overflow and signed zeros all come out right, since log and exp follow IEEE there),
and so do most generated arrays. Wrong: exp and log round, and the rounding error of the log
sum grows with its magnitude, so for some arrays the product is several ulps off. Only the
generated inputs reach those arrays: the project's tests grade this file five times to show
that it gets one verdict every time.
"""

CAUGHT_BY = ("test_any_sequence_of_flags_gives_the_right_answer",)

import math  # noqa: E402

import numba  # noqa: E402


@numba.njit
def accumulate_numba(arr, do_sum):
    if do_sum:
        return arr.sum()
    sign = 1.0
    logs = 0.0
    for x in arr:
        if x < 0:
            sign = -sign
        logs += math.log(abs(x))
    return sign * math.exp(logs)
