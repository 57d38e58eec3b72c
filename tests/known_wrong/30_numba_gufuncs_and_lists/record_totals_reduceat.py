"""Uses NumPy's segment sum, np.add.reduceat(amounts, starts): one call, in C, exact in int64.
But reduceat gives a receipt without line items the next receipt's first value (where two
starts are equal it returns the element, not 0), and has no index to start from when there
are no values at all."""

CAUGHT_BY = ("test_record_totals_examples", "test_record_totals_on_any_receipts")

import numpy as np  # noqa: E402


def record_totals(values, lengths):
    amounts = np.asarray(values, dtype=np.int64)
    counts = np.asarray(lengths, dtype=np.int64)
    if counts.size == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    return np.add.reduceat(amounts, np.minimum(starts, max(amounts.size - 1, 0)))
