"""Lowers the default number of steps to 100: "the lecture data has converged long before".

It has, so the lecture fit is unchanged. But the Rules' default is 500 steps, and on data that
converges slowly 100 steps stop far from where 500 get.
"""

CAUGHT_BY = ("test_fit_takes_exactly_the_number_of_steps_it_is_given",)


def fit(x, y, steps=100):
    params = {"a": 0.0, "b": 0.0}
    for _ in range(steps):
        params = update(params, x, y)  # noqa: F821 - defined in the reference kata.py
    return params
