"""Drops @numba.njit from logical_not and writes `not flag`: right answers everywhere, but the
function is no longer compiled."""

CAUGHT_BY = (
    "test_logical_not_means_the_same_in_plain_python",
    "test_functions_stay_compiled_in_nopython_mode",
)


def logical_not(flag):
    return not flag
