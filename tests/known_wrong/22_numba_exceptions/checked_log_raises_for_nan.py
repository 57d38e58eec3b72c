"""Guards with `if not x > 0.0:` ("raise unless the log is defined"): the same as `x <= 0.0` for
every number, but NaN is not > 0 either, so checked_log(nan) raises instead of returning nan
as math.log (and the lecture's checked_log_jit) does. log_or_nan hides it: it turns the raise
back into a NaN."""

CAUGHT_BY = ("test_checked_log_of_nan_is_nan_without_an_error",)

import math  # noqa: E402

import numba  # noqa: E402


@numba.njit
def checked_log(x):
    if not x > 0.0:
        raise ValueError("log of non-positive value", x)
    return math.log(x)
