"""Calls numba.set_num_threads(1) before the parallel calls.

Plausible: with one numba thread there is no parallelism left to collide, so threads look
safe. But set_num_threads changes how many workers a launch uses, not whether it goes
through the threading layer: every call still launches a parallel region, and four Python
threads launching at once still make workqueue abort the process.
"""

CAUGHT_BY = ("test_norms_of_batches_from_several_threads_at_once",)

import numba  # noqa: E402


def norms_of_batches(batches):
    numba.set_num_threads(1)
    return [row_norms(batch) for batch in batches]  # noqa: F821 (the GIVEN row_norms)
