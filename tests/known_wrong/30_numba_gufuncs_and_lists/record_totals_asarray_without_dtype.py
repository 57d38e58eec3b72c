"""Converts with np.asarray and no dtype: a list of Python ints becomes int64, so the values
are right and the conversion is fast. But np.asarray([]) is float64: a day without receipts,
or receipts without line items, compiles the kernel again, for float64 arrays (and once more
for float64 values beside int64 lengths): three compilations where one would do, each about
as long as a thousand calls."""

CAUGHT_BY = ("test_record_totals_compiles_once_for_any_receipts",)

import numpy as np  # noqa: E402


def record_totals(values, lengths):
    return sum_records(np.asarray(values), np.asarray(lengths))  # noqa: F821
