"""Converts the list before jit, but without a dtype: a list of ints becomes an int64 array.

Right answers (the mean of int64 is a float), but for one length an all-int list and a list
holding a float make two programs, int64[n] and float64[n].
"""

CAUGHT_BY = ("test_mean_of_compiles_mean_of_array_once_per_length",)

import jax.numpy as jnp  # noqa: E402


def mean_of(values):
    return mean_of_array(jnp.asarray(values))  # noqa: F821 - defined in the reference kata.py
