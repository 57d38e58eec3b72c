"""Puts checkify outside jax.jit: checkify.checkify(jax.jit(f), errors=index_checks).

Right errors and values, but what the caller gets is checkify's Python wrapper, not a jitted
function: each call goes through checkify's Python machinery before the compiled code runs.
"""

CAUGHT_BY = (
    "test_lookup_checked_stays_jitted",
    "test_lookup_checked_compiles_once_for_new_indices",
)

import jax  # noqa: E402
from jax.experimental import checkify  # noqa: E402


@jax.jit
def _lookup(table, idx):
    return table[idx]


lookup_checked = checkify.checkify(_lookup, errors=checkify.index_checks)
