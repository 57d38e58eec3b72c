"""Kata 02 · Numba and Python dicts: numba.typed.Dict (covers N02).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/02_dict_in_njit` passes.
Stuck? `sharpbits hint 02` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# sum_values hands an ordinary Python dict to compiled code, exactly as the line above does,
# because to_typed_dict does not convert anything yet. sum_typed_dict is the same loop as
# sum_dict_values: find out what numba needs it to be given. The rules are in README.md.


def to_typed_dict(d):
    """A numba.typed.Dict (keys unicode_type, values float64) holding the items of d."""
    return d


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
