"""Remembers each answer, keyed by the receipts as tuples (tuple() copies a list in C, no
Python per value): the same receipts again cost one lookup. But every call with those
receipts hands out the one array it keeps: a caller who writes into its totals (a refund, a
discount) changes what the next call returns. The Rules ask for a new array."""

CAUGHT_BY = ("test_record_totals_examples", "test_record_totals_on_any_receipts")

import numpy as np  # noqa: E402

_seen = {}


def record_totals(values, lengths):
    key = (tuple(values), tuple(lengths))
    if key not in _seen:
        amounts = np.asarray(values, dtype=np.int64)
        _seen[key] = sum_records(amounts, np.asarray(lengths, dtype=np.int64))  # noqa: F821
    return _seen[key]
