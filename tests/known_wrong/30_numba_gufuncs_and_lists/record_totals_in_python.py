"""Gives up on numba: a plain Python loop adds each receipt's amounts into an int64 array.
Right and exact (the totals fit in int64), but Python code runs for every value again, the
cost typed.List was to avoid, in another form."""

CAUGHT_BY = ("test_record_totals_runs_no_python_code_per_value",)

import numpy as np  # noqa: E402


def record_totals(values, lengths):
    totals = np.zeros(len(lengths), dtype=np.int64)
    start = 0
    for i, n in enumerate(lengths):
        for x in values[start : start + n]:
            totals[i] += np.int64(x)
        start += n
    return totals
