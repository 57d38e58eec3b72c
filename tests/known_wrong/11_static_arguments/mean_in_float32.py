"""Converts the list with dtype=jnp.float32, "JAX's usual float type", before mean_of_array.

Plausible: one dtype, so one compilation per length, and means like 2.5 come out right. But
float32 keeps 7 digits: 0.1 + 0.2 + 0.3, large ints and most means lose the rest.
"""

CAUGHT_BY = ("test_mean_of_a_list", "test_mean_of_any_list_of_ints_and_floats")

import jax.numpy as jnp  # noqa: E402


def mean_of(values):
    return mean_of_array(jnp.asarray(values, dtype=jnp.float32))  # noqa: F821 - reference kata.py
