"""Stops early once a step moves no parameter by more than 1e-8.

Plausible: "why keep stepping once converged". But the Rules ask for exactly `steps` steps:
the early result is still 1e-8-ish away from the one 500 steps reach.
"""

CAUGHT_BY = (
    "test_fit_recovers_the_lecture_parameters",
    "test_fit_recovers_other_parameters_from_other_data",
)


def fit(x, y, steps=500):
    params = {"a": 0.0, "b": 0.0}
    for _ in range(steps):
        new = update(params, x, y)  # noqa: F821 - defined in the reference kata.py
        done = all(abs(float(new[k]) - float(params[k])) < 1e-8 for k in params)
        params = new
        if done:
            break
    return params
