"""Reads with jnp.take in "fill" mode with the fill value given, static by position; checks
with checkify.all_checks around a mode="fill" read.

Both are right: jnp.take(mode="fill", fill_value=...) is the same gather as
.at[idx].get(mode="fill"). index_checks flag an out-of-range index even in a fill-mode read,
and all_checks adds only NaN and division checks, which a read of the table never trips
(a NaN entry read is not a NaN produced).
"""

import functools

import jax
import jax.numpy as jnp
from jax.experimental import checkify


@functools.partial(jax.jit, static_argnums=2)
def lookup(table, idx, fill_value):
    return jnp.take(table, idx, mode="fill", fill_value=fill_value)


@jax.jit
@functools.partial(checkify.checkify, errors=checkify.all_checks)
def lookup_checked(table, idx):
    return table.at[idx].get(mode="fill", fill_value=0.0)
