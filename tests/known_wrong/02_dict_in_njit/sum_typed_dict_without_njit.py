"""Right sums from a plain Python loop: the @numba.njit decorator was dropped from
sum_typed_dict (the TypingError is gone, and so is the compiled code)."""

CAUGHT_BY = (
    "test_sum_typed_dict_stays_compiled_in_nopython_mode",
    "test_sum_typed_dict_compiles_once_for_dicts_of_any_size",
    "test_sum_values_hands_one_typed_dict_type_to_sum_typed_dict",
)


def sum_typed_dict(td):
    total = 0.0
    for v in td.values():
        total += v
    return total
