"""Checks every index with checkify.check against the table length of the examples, 10.

Plausible "hard-coding for the visible examples": every test on a table of 10 passes, and a
table of one entry lets index 1 through, clamped.
"""

CAUGHT_BY = (
    "test_lookup_checked_passes_indices_in_range",
    "test_lookup_checked_reports_out_of_range_indices_of_any_table",
    "test_lookup_checked_errs_exactly_when_an_index_is_out_of_range",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax.experimental import checkify  # noqa: E402


@jax.jit
@checkify.checkify
def lookup_checked(table, idx):
    checkify.check(jnp.all((idx >= -10) & (idx < 10)), "index out of range")
    return table[idx]
