"""Glues the chunks back into one signal and calls add_peaks once on it, with a typed List of
int64: one compilation, no reflected list, and the indices need no offsets. But a peak is found
inside its chunk: an element at the edge of a chunk never is one, and in the glued signal it can
be higher than both of its neighbours."""

CAUGHT_BY = ("test_peaks_of_chunks_returns_a_typed_list_of_int64",)

import numba  # noqa: E402
import numpy as np  # noqa: E402


def peaks_of_chunks(chunks):
    found = numba.typed.List.empty_list(numba.types.int64)
    if len(chunks) > 0:
        add_peaks(found, np.concatenate(chunks), 0)  # noqa: F821 - reference kata.py
    return found
