"""The values are stored as float32: "a float is a float", and float32 is what GPUs like.

Plausible: the type just has to be a float type. Wrong: every value is rounded to 24 bits when
it is copied in (0.1 becomes 0.10000000149011612), so the sums are off, and the dict's type is
DictType(unicode_type, float32), not the float64 one the Rules ask for.
"""

CAUGHT_BY = (
    "test_sum_values_adds_up_the_values",
    "test_to_typed_dict_returns_a_str_to_float64_typed_dict",
    "test_to_typed_dict_keeps_every_item",
    "test_sum_values_hands_one_typed_dict_type_to_sum_typed_dict",
)

import numba  # noqa: E402


def to_typed_dict(d):
    td = numba.typed.Dict.empty(key_type=numba.types.unicode_type, value_type=numba.types.float32)
    for key, value in d.items():
        td[key] = value
    return td
