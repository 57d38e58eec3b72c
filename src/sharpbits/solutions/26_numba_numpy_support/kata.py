"""Kata 26 · What numba's NumPy supports: axis arguments and integer matrix products (covers
N23, N24).

Reference solution.
"""

import numba
import numpy as np

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


@numba.njit
def column_means(table):
    """The mean of each column of a 2-D array, as NumPy writes it."""
    return np.mean(table, axis=0)


@numba.njit
def column_maxima(table):
    """The largest element of each column, as NumPy writes it."""
    return table.max(axis=0)


@numba.njit
def column_sums(table):
    """The sum of each column: np.sum is one of the few reductions that take an axis."""
    return np.sum(table, axis=0)


@numba.njit
def column_sums_reduce(table):
    """The same sums through the ufunc method NumPy itself uses for them."""
    return np.add.reduce(table, axis=0)


@numba.njit
def running_column_sums(table):
    """The cumulative sums down each column."""
    return np.cumsum(table, axis=0)


@numba.njit
def matvec(matrix, vector):
    """matrix @ vector, for whatever dtype the arrays have."""
    return matrix @ vector


@numba.njit
def matvec_via_floats(matrix, vector):
    """The integer product computed in float64 (where BLAS works) and cast back to int64."""
    return (matrix.astype(np.float64) @ vector.astype(np.float64)).astype(np.int64)


# column_means(table), column_maxima(table)  ->  numba.core.errors.TypingError (axis=)
# column_sums(table)                         ->  compiles: the column sums
# column_sums_reduce(table)                  ->  TypingError (no ufunc.reduce)
# running_column_sums(table)                 ->  TypingError before numba 0.67; works from 0.67
# matvec(int64 matrix, int64 vector)         ->  TypingError (BLAS does floats and complex only)
# matvec(float64 matrix, float64 vector)     ->  compiles: the product
# matvec_via_floats([[2**53 + 1]], [1])      ->  [9007199254740992]: one too few


# --- SOLUTION --------------------------------------------------------------------------------
# numba implements np.sum with an axis, but not the axis of np.mean or ndarray.max, nor
# ufunc.reduce; and its `@` and np.dot hand the work to BLAS, which multiplies floats and
# complex numbers only. So each function does what numba lacks itself, in int64:
# - peak_units: a loop down the orders, started from a copy of the first order (not from 0:
#   a column may be negative everywhere; not from -inf: that makes a float64 array, and float64
#   holds only the integers up to 2**53; not from units[0] itself: that is a view, and writing
#   into it overwrites the caller's table).
# - mean_units: np.sum with its axis, which numba does support, divided by the number of
#   orders; within the Rules' bounds every column sum is exact.
# - order_totals: the product written as a loop. int64 arithmetic wraps modulo 2**64, so each
#   total is exact whenever it fits in int64, even when a partial sum overflows on the way.


@numba.njit
def peak_units(units):
    """For each product, the most units of it in one order: int64, shape (products,)."""
    best = units[0].copy()
    for i in range(1, units.shape[0]):
        for j in range(units.shape[1]):
            if units[i, j] > best[j]:
                best[j] = units[i, j]
    return best


@numba.njit
def mean_units(units):
    """For each product, the mean number of units per order: float64, shape (products,)."""
    return np.sum(units, axis=0) / units.shape[0]


@numba.njit
def order_totals(units, prices):
    """Each order's total price in micros, exact: int64, shape (orders,)."""
    totals = np.zeros(units.shape[0], dtype=np.int64)
    for i in range(units.shape[0]):
        for j in range(units.shape[1]):
            totals[i] += units[i, j] * prices[j]
    return totals
