"""Drops numba.typed.List and hands the Python lists to the @njit kernel as they are: numba
accepts a list of ints as a "reflected list". It unboxes every element on the way in and
writes every element back on the way out (no faster than typed.List), it is deprecated
(NumbaPendingDeprecationWarning), and an empty list has no type at all (ValueError)."""

CAUGHT_BY = (
    "test_record_totals_passes_numba_no_reflected_list",
    "test_record_totals_examples",
    "test_record_totals_on_any_receipts",
)


def record_totals(values, lengths):
    return sum_records(values, lengths)  # noqa: F821 (the reference's kernel)
