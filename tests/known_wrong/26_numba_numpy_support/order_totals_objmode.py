"""Keeps `@numba.njit` and runs NumPy's exact integer `units @ prices` in a `numba.objmode`
block, where BLAS is not needed. The totals are exact, but that block runs as Python objects."""

CAUGHT_BY = ("test_order_totals_stays_compiled_in_nopython_mode",)

import numba  # noqa: E402


@numba.njit
def order_totals(units, prices):
    with numba.objmode(out="int64[:]"):
        out = units @ prices
    return out
