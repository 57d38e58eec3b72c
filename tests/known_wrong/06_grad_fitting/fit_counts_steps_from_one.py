"""Counts the steps from 1: `range(1, steps)` takes one step fewer than asked.

Plausible off-by-one, and invisible on data where 500 steps have long converged: step 499
and step 500 give the same digits. On data that converges slowly it shows.
"""

CAUGHT_BY = ("test_fit_takes_exactly_the_number_of_steps_it_is_given",)


def fit(x, y, steps=500):
    params = {"a": 0.0, "b": 0.0}
    for _ in range(1, steps):
        params = update(params, x, y)  # noqa: F821 - defined in the reference kata.py
    return params
