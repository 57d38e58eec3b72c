"""Answers the TypingError with object mode: @numba.jit(forceobj=True) accepts a Python dict.

Plausible: the message says "nopython mode pipeline", so leave nopython mode. Right sums, but
the loop runs as interpreted Python objects (nothing is compiled for the dict), and
to_typed_dict hands back the Python dict itself.
"""

CAUGHT_BY = (
    "test_to_typed_dict_returns_a_str_to_float64_typed_dict",
    "test_sum_typed_dict_stays_compiled_in_nopython_mode",
    "test_sum_values_hands_one_typed_dict_type_to_sum_typed_dict",
)

import numba  # noqa: E402


def to_typed_dict(d):
    return dict(d)


@numba.jit(forceobj=True)
def sum_typed_dict(td):
    total = 0.0
    for v in td.values():
        total += v
    return total
