"""Avoids numba.typed.List(values): starts from List.empty_list(types.int64), typed even when
empty, and fills it with one extend(values) call. But extend hands the Python list to a numba
function as it is: a reflected list, unboxed one element at a time, deprecated
(NumbaPendingDeprecationWarning, an error under the tests)."""

CAUGHT_BY = ("test_record_totals_examples", "test_record_totals_passes_numba_no_reflected_list")

import numba  # noqa: E402
from numba import types  # noqa: E402


def record_totals(values, lengths):
    typed_values = numba.typed.List.empty_list(types.int64)
    typed_values.extend(values)
    typed_lengths = numba.typed.List.empty_list(types.int64)
    typed_lengths.extend(lengths)
    return sum_records(typed_values, typed_lengths)  # noqa: F821
