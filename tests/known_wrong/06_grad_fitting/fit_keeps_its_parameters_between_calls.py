"""Keeps the parameters in a module-level dict, like a model object, and updates it in place.

The first fit starts from 0.0; every later fit starts where the previous one stopped. On data
where 500 steps converge the answer is the same; a short fit shows where it started.
"""

CAUGHT_BY = ("test_fit_takes_exactly_the_number_of_steps_it_is_given",)

PARAMS = {"a": 0.0, "b": 0.0}


def fit(x, y, steps=500):
    for _ in range(steps):
        PARAMS.update(update(PARAMS, x, y))  # noqa: F821 - defined in the reference kata.py
    return dict(PARAMS)
