"""numba.typed.Dict() filled item by item, and sum_values returns 0.0 for {} itself.

Plausible: the empty dict was the only one that failed ("invalid operation on untyped
dictionary"), so it gets its own branch. Wrong: to_typed_dict({}) is still untyped, and int
values give DictType(unicode_type, int64): sum_typed_dict compiles a second version.
"""

CAUGHT_BY = (
    "test_to_typed_dict_returns_a_str_to_float64_typed_dict",
    "test_sum_values_hands_one_typed_dict_type_to_sum_typed_dict",
)

import numba  # noqa: E402


def to_typed_dict(d):
    td = numba.typed.Dict()
    for key, value in d.items():
        td[key] = value
    return td


def sum_values(d):
    if not d:
        return 0.0
    return sum_typed_dict(to_typed_dict(d))  # noqa: F821 - defined in the reference kata.py
