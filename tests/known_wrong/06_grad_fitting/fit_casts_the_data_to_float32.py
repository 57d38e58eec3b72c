"""Converts x and y to float32 before fitting, to make each step cheaper.

The parameters stay float64, but they are fitted to rounded data: the answer moves by about
1e-8, which a loose tolerance never sees.
"""

CAUGHT_BY = (
    "test_fit_recovers_the_lecture_parameters",
    "test_fit_recovers_other_parameters_from_other_data",
    "test_fit_takes_exactly_the_number_of_steps_it_is_given",
)

import jax.numpy as jnp  # noqa: E402


def fit(x, y, steps=500):
    x, y = jnp.asarray(x, dtype=jnp.float32), jnp.asarray(y, dtype=jnp.float32)
    params = {"a": 0.0, "b": 0.0}
    for _ in range(steps):
        params = update(params, x, y)  # noqa: F821 - defined in the reference kata.py
    return params
