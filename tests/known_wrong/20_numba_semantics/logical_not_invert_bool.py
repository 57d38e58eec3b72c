"""Casts to bool first, then keeps ~: right under numba, where ~ on a bool is a logical not,
but run as plain Python ~bool(1) is ~True, which is -2."""

CAUGHT_BY = ("test_logical_not_means_the_same_in_plain_python",)

import numba  # noqa: E402


@numba.njit
def logical_not(flag):
    return ~bool(flag)
