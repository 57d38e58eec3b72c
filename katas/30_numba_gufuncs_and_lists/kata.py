"""Kata 30 · gufuncs and typed lists in Numba: write into out, cross into numba with arrays
(covers N25, N26).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/30_numba_gufuncs_and_lists` passes.
Stuck? `sharpbits hint 30` gives a hint (ask again for the next).
"""

import numba
import numpy as np

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


@numba.guvectorize(["void(float64[:], float64[:], float64[:])"], "(n),(n)->(n)")
def add_rows(a, b, out):
    """a + b, row by row, written the way NumPy code returns a result."""
    out = a + b  # noqa: F841


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->()")
def row_total(a, out):
    """The sum of each row: one number per row, into a scalar output."""
    out = a.sum()  # noqa: F841


@numba.njit
def total(values):
    """The sum of a sequence of numbers."""
    s = 0
    for v in values:
        s += v
    return s


# add_rows(a, b, out=np.full((2, 3), -1.0))  ->  the same out, still -1.0 everywhere, no error
# row_total(a, out=np.full(2, -1.0))          ->  [-1.0, -1.0]: nothing written either
# add_rows(a, b)                               ->  a fresh array of whatever memory held
# total([1, 2, 3])                             ->  6, with a NumbaPendingDeprecationWarning
#                                                  (a Python list is a "reflected list")
# total(numba.typed.List(values))              ->  right, but List(values) calls append once
#                                                  per value, from Python: ~50x np.array's time
# numba.typed.List([1, 2.5])                   ->  numba.core.errors.TypingError (int64 list)
# total(numba.typed.List([]))                  ->  TypeError: an empty List has no type


# --- YOUR CODE -------------------------------------------------------------------------------
# Sensor readings, one row per sensor (any leading dimensions: days, sites, ...), and a shop's
# receipts as they come from a JSON file: every line item's amount in cents, one receipt after
# another, and how many line items each receipt has. None of these four is right yet: the two
# gufuncs write nothing, and record_totals pays for numba.typed.List. The rules are in
# README.md.


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
def scale_rows(a, out):
    """Each row rescaled to [0, 1]: (a - min) / (max - min); a constant row gives zeros."""
    lo = a.min()
    span = a.max() - lo
    out = np.zeros_like(a) if span == 0.0 else (a - lo) / span  # noqa: F841


@numba.guvectorize(["void(float64[:], float64, int64[:])"], "(n),()->()")
def count_above(a, threshold, out):
    """How many elements of each row are greater than threshold: int64, one per row."""
    out = np.sum(a > threshold)  # noqa: F841


@numba.njit
def sum_records(values, lengths):
    """The total of each receipt; the receipts lie one after another in values."""
    totals = np.zeros(len(lengths), dtype=np.int64)
    start = 0
    for i in range(len(lengths)):
        for j in range(start, start + lengths[i]):
            totals[i] += values[j]
        start += lengths[i]
    return totals


def record_totals(values, lengths):
    """values, lengths: Python lists of ints. Each receipt's total: int64, shape (receipts,)."""
    return sum_records(numba.typed.List(values), numba.typed.List(lengths))
