"""Holds a lock around the calls of row_norms: one lock per thread, kept in threading.local.

Plausible: unlike a lock made on each call, each lock is made once and reused, and a
single thread's calls never overlap. But each thread waits only on its own lock: four
threads still launch parallel regions at once, and the workqueue layer aborts the process.
The lock must be one object shared by every thread.
"""

CAUGHT_BY = ("test_norms_of_batches_from_several_threads_at_once",)

import threading  # noqa: E402

_local = threading.local()


def norms_of_batches(batches):
    if not hasattr(_local, "lock"):
        _local.lock = threading.Lock()
    with _local.lock:
        return [row_norms(batch) for batch in batches]  # noqa: F821 (the GIVEN row_norms)
