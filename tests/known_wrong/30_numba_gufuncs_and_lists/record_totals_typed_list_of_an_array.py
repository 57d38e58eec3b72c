"""Converts to a NumPy array first, then to the numba.typed.List that "numba wants":
numba.typed.List(np.asarray(values, dtype=np.int64)). The values are right (and an empty
array still gives the list its type), but List() iterates the array in Python and calls its
Python append once per value: the slow part is still there."""

CAUGHT_BY = ("test_record_totals_runs_no_python_code_per_value",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


def record_totals(values, lengths):
    typed_values = numba.typed.List(np.asarray(values, dtype=np.int64))
    typed_lengths = numba.typed.List(np.asarray(lengths, dtype=np.int64))
    return sum_records(typed_values, typed_lengths)  # noqa: F821
