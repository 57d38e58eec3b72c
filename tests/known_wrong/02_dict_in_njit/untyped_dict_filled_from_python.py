"""numba.typed.Dict() without types, filled item by item: numba infers the types from the first
item, so it works for {"a": 1.0}, gives DictType(unicode_type, int64) for int values, and an
empty dict stays untyped (TypeError: invalid operation on untyped dictionary)."""

CAUGHT_BY = (
    "test_sum_values_adds_up_the_values",
    "test_sum_values_of_the_empty_dict_is_zero",
    "test_to_typed_dict_returns_a_str_to_float64_typed_dict",
    "test_sum_values_hands_one_typed_dict_type_to_sum_typed_dict",
)

import numba  # noqa: E402


def to_typed_dict(d):
    td = numba.typed.Dict()
    for key, value in d.items():
        td[key] = value
    return td
