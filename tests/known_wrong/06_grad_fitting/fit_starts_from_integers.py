"""loss and update fixed, but fit still starts from the integers 0 and 0.

jax.grad refuses integer inputs: every fit raises TypeError inside update.
"""

CAUGHT_BY = (
    "test_fit_starts_from_float_zeros",
    "test_fit_recovers_the_lecture_parameters",
    "test_fit_recovers_other_parameters_from_other_data",
)


def fit(x, y, steps=500):
    params = {"a": 0, "b": 0}
    for _ in range(steps):
        params = update(params, x, y)  # noqa: F821 - defined in the reference kata.py
    return params
