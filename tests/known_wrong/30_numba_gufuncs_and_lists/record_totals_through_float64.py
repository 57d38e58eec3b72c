"""Converts the amounts to float64 ("money is a float"): fast, one np.asarray, one
compilation. But float64 holds every integer only up to 2**53: 2**53 + 1 cents is stored as
2**53, and the int64 totals come out one cent off."""

CAUGHT_BY = ("test_record_totals_examples", "test_record_totals_on_any_receipts")

import numpy as np  # noqa: E402


def record_totals(values, lengths):
    amounts = np.asarray(values, dtype=np.float64)
    return sum_records(amounts, np.asarray(lengths, dtype=np.int64))  # noqa: F821
