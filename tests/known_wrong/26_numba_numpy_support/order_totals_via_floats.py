"""The quick fix for BLAS: cast both arrays to float64, multiply with `@`, cast back to int64
(the GIVEN matvec_via_floats). Exact only while every product and sum stays within 2**53:
2**53 + 1 micros come back as 2**53, and larger totals lose more."""

CAUGHT_BY = ("test_order_totals_examples", "test_order_totals_on_any_order_book")

import numba  # noqa: E402
import numpy as np  # noqa: E402


@numba.njit
def order_totals(units, prices):
    return (units.astype(np.float64) @ prices.astype(np.float64)).astype(np.int64)
