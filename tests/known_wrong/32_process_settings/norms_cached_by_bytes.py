"""Caches each batch's norms under the batch's bytes, the parallel call under a lock.

Plausible: the lock makes the threads safe, the same batch asked again is free, and the
bytes are the values. But the bytes are not the shape: zeros of shape (1, 2) and (2, 1) are
the same 16 bytes, so the second gets the first's one norm instead of its own two.
"""

CAUGHT_BY = ("test_norms_of_batches_values",)

import threading  # noqa: E402

_lock = threading.Lock()
_cache = {}


def norms_of_batches(batches):
    out = []
    with _lock:
        for batch in batches:
            key = batch.tobytes()
            if key not in _cache:
                _cache[key] = row_norms(batch)  # noqa: F821 (the GIVEN row_norms)
            out.append(_cache[key])
    return out
