"""Kata 02 · Numba and Python dicts: numba.typed.Dict (covers N02).

Reference solution.
"""

import numba

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. -----------------------


@numba.njit
def sum_dict_values(d):
    """Sum of the values of the dict d, compiled by numba."""
    total = 0.0
    for v in d.values():
        total += v
    return total


# sum_dict_values({"a": 1.0, "b": 2.0})  ->  numba.core.errors.TypingError


# --- SOLUTION --------------------------------------------------------------------------------
# Numba cannot type a Python dict, so the items are copied into a numba.typed.Dict whose key and
# value types are given up front (Dict.empty), even when there is nothing to copy. Every dict
# then has the one type DictType(unicode_type, float64), and sum_typed_dict compiles once.


def to_typed_dict(d):
    """A numba.typed.Dict (keys unicode_type, values float64) holding the items of d."""
    td = numba.typed.Dict.empty(key_type=numba.types.unicode_type, value_type=numba.types.float64)
    for key, value in d.items():
        td[key] = value
    return td


@numba.njit
def sum_typed_dict(td):
    """Sum of the values of the typed dict td, compiled by numba."""
    total = 0.0
    for v in td.values():
        total += v
    return total


def sum_values(d):
    """Sum of the values of the Python dict d (str -> float), computed by sum_typed_dict."""
    return sum_typed_dict(to_typed_dict(d))
