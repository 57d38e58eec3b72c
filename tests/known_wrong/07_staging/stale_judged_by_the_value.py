"""Calls the stale function and compares its value with the sum.

Plausible: "does it return the sum? then it sums". Wrong whenever the sum equals the product
(an array of zeros): a value cannot tell which program computed it.
"""

CAUGHT_BY = ("test_stale_function_sums_answers_from_the_program_not_the_global",)

import numpy as np  # noqa: E402


def stale_function_sums(arr):
    return bool(float(accumulate_jax_global(arr)) == float(np.sum(arr)))  # noqa: F821 - in kata.py
