"""Side-steps the typed dict: sum_values sums an array of the values in NumPy. Right sums, but
sum_typed_dict is never called and no dict ever reaches compiled code."""

CAUGHT_BY = ("test_sum_values_hands_one_typed_dict_type_to_sum_typed_dict",)

import numpy as np  # noqa: E402


def sum_values(d):
    return float(np.sum(np.array(list(d.values()), dtype=np.float64)))
