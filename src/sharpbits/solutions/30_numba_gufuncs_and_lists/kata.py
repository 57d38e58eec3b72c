"""Kata 30 · gufuncs and typed lists in Numba: write into out, cross into numba with arrays
(covers N25, N26).

Reference solution.
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


# --- SOLUTION --------------------------------------------------------------------------------
# A gufunc's outputs are arrays numba allocated (or the caller passed as out=) before the
# kernel runs; `out = ...` only rebinds the local name to a new array, and the caller's array
# keeps whatever it held. So each kernel writes into out: out[i] = ... element by element (or
# out[:] = ...), and a "()" output is a one-element array, written as out[0].
# Python lists cross into numba one element at a time: numba.typed.List(values) calls append
# (a Python method, then a compiled call) once per value, and a plain list passed to @njit is
# a reflected list (unboxed, then written back, element by element; deprecated). np.asarray
# converts the whole list in C, once, and the kernel loops over int64 arrays. dtype=np.int64
# keeps one type for every call: np.asarray([]) would be float64 and compile again.


@numba.guvectorize(["void(float64[:], float64[:])"], "(n)->(n)")
def scale_rows(a, out):
    """Each row rescaled to [0, 1]: (a - min) / (max - min); a constant row gives zeros."""
    lo = a.min()
    span = a.max() - lo
    for i in range(a.shape[0]):
        out[i] = 0.0 if span == 0.0 else (a[i] - lo) / span


@numba.guvectorize(["void(float64[:], float64, int64[:])"], "(n),()->()")
def count_above(a, threshold, out):
    """How many elements of each row are greater than threshold: int64, one per row."""
    count = 0
    for x in a:
        if x > threshold:
            count += 1
    out[0] = count


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
    return sum_records(np.asarray(values, dtype=np.int64), np.asarray(lengths, dtype=np.int64))
