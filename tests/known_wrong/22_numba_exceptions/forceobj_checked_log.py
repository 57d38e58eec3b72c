"""Asks for the object mode that @jit used to fall back to: @numba.jit(forceobj=True) keeps the
str.format message and compiles. But it runs as Python objects, and log_or_nan, compiled in
nopython mode, cannot even call it."""

CAUGHT_BY = (
    "test_checked_log_stays_compiled_in_nopython_mode",
    "test_log_or_nan_examples",
)

import math  # noqa: E402

import numba  # noqa: E402


@numba.jit(forceobj=True)
def checked_log(x):
    if x <= 0.0:
        raise ValueError("log of non-positive value {}".format(x))  # noqa: UP032
    return math.log(x)
