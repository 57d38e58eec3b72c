"""Returns the values the lecture data was made with, whatever data it is given."""

CAUGHT_BY = (
    "test_fit_starts_from_float_zeros",
    "test_fit_recovers_other_parameters_from_other_data",
)


def fit(x, y, steps=500):
    return {"a": 0.2, "b": 1.1}
