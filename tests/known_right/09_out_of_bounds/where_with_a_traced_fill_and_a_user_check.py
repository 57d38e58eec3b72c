"""Masks with jnp.where and a traced fill value; checks the indices with checkify.check.

Both are right: the comparisons pick exactly the indices in [-n, n), and jnp.where takes a
traced fill value, so nothing needs to be static (one compilation for every fill value). An
explicit checkify.check on every index (jnp.all is True for no index at all) raises the same
checkify.JaxRuntimeError as index_checks; checkify's default errors include user checks.
"""

import jax
import jax.numpy as jnp
from jax.experimental import checkify


@jax.jit
def lookup(table, idx, fill_value):
    n = table.shape[0]
    return jnp.where((idx >= -n) & (idx < n), table[idx], fill_value)


@jax.jit
@checkify.checkify
def lookup_checked(table, idx):
    n = table.shape[0]
    checkify.check(jnp.all((idx >= -n) & (idx < n)), "index out of range for the table")
    return table[idx]
