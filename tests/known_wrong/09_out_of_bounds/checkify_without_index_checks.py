"""Wraps the lookup in checkify.checkify with its default errors.

Plausible: the result has the right (error, values) shape. But by default checkify only
turns explicit checkify.check calls into errors; index checks must be asked for.
"""

CAUGHT_BY = (
    "test_lookup_checked_reports_an_out_of_range_index",
    "test_lookup_checked_errs_exactly_when_an_index_is_out_of_range",
)

import jax  # noqa: E402
from jax.experimental import checkify  # noqa: E402


@jax.jit
@checkify.checkify
def lookup_checked(table, idx):
    return table[idx]
