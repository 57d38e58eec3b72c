"""Calls update every step but throws its result away: JAX arrays are never updated in place.

update returns new parameters; without `params = update(...)` fit returns the start.
"""

CAUGHT_BY = (
    "test_fit_recovers_the_lecture_parameters",
    "test_fit_recovers_other_parameters_from_other_data",
)


def fit(x, y, steps=500):
    params = {"a": 0.0, "b": 0.0}
    for _ in range(steps):
        update(params, x, y)  # noqa: F821 - defined in the reference kata.py
    return params
