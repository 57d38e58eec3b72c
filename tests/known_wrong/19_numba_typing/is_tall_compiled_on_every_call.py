"""Leaves is_tall a plain Python function and compiles it where it is needed: count_tall_peaks
becomes a Python function that passes numba.njit(is_tall) along. Right counts, but every call
makes a new dispatcher, a new numba type, and so a new compilation of count_peaks_where."""

CAUGHT_BY = (
    "test_is_tall_is_compiled_in_nopython_mode",
    "test_count_peaks_where_takes_is_tall",
    "test_stays_compiled_in_nopython_mode",
    "test_count_tall_peaks_compiles_count_peaks_where_once",
)

import numba  # noqa: E402


def is_tall(height):
    return height > 1.0


def count_tall_peaks(arr):
    return count_peaks_where(arr, numba.njit(is_tall))  # noqa: F821 - reference kata.py
