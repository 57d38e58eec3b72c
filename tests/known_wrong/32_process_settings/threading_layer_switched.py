"""Switches numba to the OpenMP threading layer when kata.py is imported.

Plausible: numba's own message says to use a threadsafe layer, and on this machine OpenMP
is there, so the threads survive. But the task is code that is safe where workqueue is the
only layer numba has (no TBB, no OpenMP: many minimal containers and wheels): the process
was started with NUMBA_THREADING_LAYER=workqueue, and this silently overrides it.
"""

CAUGHT_BY = ("test_norms_of_batches_keeps_the_workqueue_layer",)

import numba  # noqa: E402

numba.config.THREADING_LAYER = "omp"


def norms_of_batches(batches):
    return [row_norms(batch) for batch in batches]  # noqa: F821 (the GIVEN row_norms)
