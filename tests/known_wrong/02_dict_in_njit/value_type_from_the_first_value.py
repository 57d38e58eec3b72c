"""Takes the value type from the data: numba.typeof of the first value (float64 when empty).

Plausible: "give the types yourself" done generically, and it works for {"a": 1.0} and {}.
Wrong: {"x": 1, "y": 2} gets DictType(unicode_type, int64), so sum_typed_dict compiles a
second version, and storing a float after an int raises a TypingError.
"""

CAUGHT_BY = (
    "test_sum_values_adds_up_the_values",
    "test_to_typed_dict_returns_a_str_to_float64_typed_dict",
    "test_sum_values_hands_one_typed_dict_type_to_sum_typed_dict",
)

import numba  # noqa: E402


def to_typed_dict(d):
    value_type = numba.typeof(next(iter(d.values()), 0.0))
    td = numba.typed.Dict.empty(key_type=numba.types.unicode_type, value_type=value_type)
    for key, value in d.items():
        td[key] = value
    return td
