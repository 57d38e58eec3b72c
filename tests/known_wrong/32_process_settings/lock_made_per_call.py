"""Holds a lock around the calls of row_norms, but makes a new lock on every call.

Plausible: `with threading.Lock():` reads like "one at a time", and single-threaded every
norm is right. But each call holds its own new lock, which no other thread ever waits for:
four threads still launch parallel regions at once, and the workqueue layer aborts.
"""

CAUGHT_BY = ("test_norms_of_batches_from_several_threads_at_once",)

import threading  # noqa: E402


def norms_of_batches(batches):
    with threading.Lock():
        return [row_norms(batch) for batch in batches]  # noqa: F821 (the GIVEN row_norms)
