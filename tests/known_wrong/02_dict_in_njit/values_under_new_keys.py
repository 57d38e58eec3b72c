"""Copies only the values, under keys "0", "1", ...: the sum only needs the values.

Plausible: sum_values is all the tests seem to care about, and every sum is right. Wrong:
to_typed_dict must hold the items of d, and its keys are gone.
"""

CAUGHT_BY = ("test_to_typed_dict_keeps_every_item",)

import numba  # noqa: E402


def to_typed_dict(d):
    td = numba.typed.Dict.empty(key_type=numba.types.unicode_type, value_type=numba.types.float64)
    for i, value in enumerate(d.values()):
        td[str(i)] = value
    return td
