"""Small batches go through Python (row_norms.py_func), large ones through row_norms, locked.

Plausible: a parallel launch costs more than it saves on a few rows, and Python threads
cannot upset the threading layer when no parallel region runs; a batch of 2000 rows is
compiled, threads are safe. But every batch under 1000 rows now runs Python for each row:
the Rules say the norms come from compiled code, whatever the size (a serial njit kernel is
the compiled way to skip the parallel launch).
"""

CAUGHT_BY = ("test_norms_of_batches_runs_no_python_per_row",)

import threading  # noqa: E402

_lock = threading.Lock()


def norms_of_batches(batches):
    out = []
    for batch in batches:
        if batch.shape[0] < 1000:
            out.append(row_norms.py_func(batch))  # noqa: F821 (the GIVEN row_norms)
        else:
            with _lock:
                out.append(row_norms(batch))  # noqa: F821
    return out
