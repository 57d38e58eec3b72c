"""Skips the chunks too short to hold a peak (fewer than 3 elements) before calling add_peaks,
with a `continue` that also skips the offset update: every chunk after a short one is shifted
by too little. Right as long as the short chunks are empty or come last."""

CAUGHT_BY = (
    "test_peaks_of_chunks_returns_a_typed_list_of_int64",
    "test_peaks_of_chunks_on_any_chunks",
)

import numba  # noqa: E402


def peaks_of_chunks(chunks):
    found = numba.typed.List.empty_list(numba.types.int64)
    offset = 0
    for chunk in chunks:
        if chunk.shape[0] < 3:
            continue  # too short for a peak
        add_peaks(found, chunk, offset)  # noqa: F821 - defined in the reference kata.py
        offset += chunk.shape[0]
    return found
