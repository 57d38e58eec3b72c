"""Gives up on numba: to_typed_dict copies into another Python dict and sum_values sums it with
the builtin sum. Right sums, nothing typed, nothing compiled."""

CAUGHT_BY = (
    "test_to_typed_dict_returns_a_str_to_float64_typed_dict",
    "test_sum_values_hands_one_typed_dict_type_to_sum_typed_dict",
)


def to_typed_dict(d):
    return dict(d)


def sum_values(d):
    return float(sum(to_typed_dict(d).values()))
