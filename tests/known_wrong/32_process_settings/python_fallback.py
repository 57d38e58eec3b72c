"""Calls the Python function under row_norms (row_norms.py_func) instead of the compiled one.

Plausible: Python threads cannot crash numba's threading layer if numba is not used, and
every norm is right. But every row is now a Python loop: hundreds of times slower, which is
exactly what the kata's compiled function was for.
"""

CAUGHT_BY = ("test_norms_of_batches_runs_no_python_per_row",)


def norms_of_batches(batches):
    return [row_norms.py_func(batch) for batch in batches]  # noqa: F821 (the GIVEN row_norms)
