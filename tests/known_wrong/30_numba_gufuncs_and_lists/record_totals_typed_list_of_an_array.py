"""Converts to a NumPy array first, then to the numba.typed.List that "numba wants":
numba.typed.List(np.asarray(values, dtype=np.int64)). The values are right, but List()
iterates the array in Python and calls its Python append once per value: the slow part is
still there. And the dtype of an empty array does not reach the list: List() takes its type
from the first value appended, so with no values it has none (TypeError: invalid operation
on untyped list)."""

CAUGHT_BY = (
    "test_record_totals_runs_no_python_code_per_value",
    "test_record_totals_examples",
    "test_record_totals_compiles_once_for_any_receipts",
)

import numba  # noqa: E402
import numpy as np  # noqa: E402


def record_totals(values, lengths):
    typed_values = numba.typed.List(np.asarray(values, dtype=np.int64))
    typed_lengths = numba.typed.List(np.asarray(lengths, dtype=np.int64))
    return sum_records(typed_values, typed_lengths)  # noqa: F821
