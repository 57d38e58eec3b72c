"""Swaps the Python list in peaks_of_chunks for `numba.typed.List()` without an element type.
An empty typed List has nothing to infer its type from, so the very first add_peaks call fails
(TypeError: invalid operation on untyped list)."""

CAUGHT_BY = (
    "test_peaks_of_chunks_returns_a_typed_list_of_int64",
    "test_peaks_of_chunks_hands_one_typed_list_to_add_peaks",
)

import numba  # noqa: E402


def peaks_of_chunks(chunks):
    found = numba.typed.List()
    offset = 0
    for chunk in chunks:
        add_peaks(found, chunk, offset)  # noqa: F821 - defined in the reference kata.py
        offset += chunk.shape[0]
    return found
