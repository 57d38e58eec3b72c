"""Moves the items across with d.popitem(): the Python dict is not needed any more.

Plausible: "move, don't copy", and every sum is right. Wrong: the caller's dict is emptied,
and a caller that sums the same dict twice gets 0.0 the second time.
"""

CAUGHT_BY = ("test_to_typed_dict_leaves_its_argument_unchanged",)

import numba  # noqa: E402


def to_typed_dict(d):
    td = numba.typed.Dict.empty(key_type=numba.types.unicode_type, value_type=numba.types.float64)
    while d:
        key, value = d.popitem()
        td[key] = value
    return td
