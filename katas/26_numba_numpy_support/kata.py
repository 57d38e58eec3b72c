"""Kata 26 · What numba's NumPy supports: axis arguments and integer matrix products (covers
N23, N24).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/26_numba_numpy_support` passes.
Stuck? `sharpbits hint 26` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# A shop's order book. units[i, j] is how many units of product j order i holds (negative for
# a return), prices[j] the price of product j in micros (millionths of a currency unit, as ad
# platforms bill). All three functions are the NumPy one-liners, and none of them compiles in
# nopython mode. Keep them compiled, keep every result exact, and write what numba does not
# support yourself. The rules are in README.md.


@numba.njit
def peak_units(units):
    """For each product, the most units of it in one order: int64, shape (products,)."""
    return units.max(axis=0)


@numba.njit
def mean_units(units):
    """For each product, the mean number of units per order: float64, shape (products,)."""
    return np.mean(units, axis=0)


@numba.njit
def order_totals(units, prices):
    """Each order's total price in micros, exact: int64, shape (orders,)."""
    return units @ prices
