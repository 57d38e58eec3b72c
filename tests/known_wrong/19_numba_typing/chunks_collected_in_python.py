"""Avoids passing a list to compiled code at all: peaks_of_chunks calls peak_indices on each
chunk and collects the shifted indices in a Python list, converted at the end with
numba.typed.List(found). add_peaks is never called, and with no peaks at all the result is an
untyped List with no element type."""

CAUGHT_BY = (
    "test_peaks_of_chunks_returns_a_typed_list_of_int64",
    "test_peaks_of_chunks_hands_one_typed_list_to_add_peaks",
)

import numba  # noqa: E402


def peaks_of_chunks(chunks):
    found = []
    offset = 0
    for chunk in chunks:
        found.extend(offset + i for i in peak_indices(chunk))  # noqa: F821 - reference kata.py
        offset += chunk.shape[0]
    return numba.typed.List(found)
