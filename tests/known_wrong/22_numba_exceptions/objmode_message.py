"""Formats the message in a `with numba.objmode(...)` block, the documented escape hatch. It
compiles and the message is right, but that block is lifted out and runs as Python."""

CAUGHT_BY = ("test_checked_log_stays_compiled_in_nopython_mode",)

import math  # noqa: E402

import numba  # noqa: E402


@numba.njit
def checked_log(x):
    if x <= 0.0:
        with numba.objmode(msg="unicode_type"):
            msg = f"log of non-positive value {x}"
        raise ValueError(msg, x)
    return math.log(x)
