"""Starts fit from float32 zeros: "grad needs floats", and float32 is the usual ML float.

jax.grad accepts them, and 500 steps land within 1e-7 of the right answer. But jax.grad
returns gradients in the dtype of the parameters, so every step rounds to float32: the fit
is not the float64 one the Rules promise, and its parameters are float32.
"""

CAUGHT_BY = (
    "test_fit_starts_from_float_zeros",
    "test_fit_recovers_the_lecture_parameters",
    "test_fit_recovers_other_parameters_from_other_data",
    "test_fit_takes_exactly_the_number_of_steps_it_is_given",
)

import jax.numpy as jnp  # noqa: E402


def fit(x, y, steps=500):
    params = {"a": jnp.float32(0.0), "b": jnp.float32(0.0)}
    for _ in range(steps):
        params = update(params, x, y)  # noqa: F821 - defined in the reference kata.py
    return params
