"""highest_peak as np.argmax over the heights of peak_summary, peak_summary indexing arr with
np.asarray(indices), peaks_of_chunks taking its empty typed List from a compiled helper, is_tall
compiled eagerly for one explicit signature.

All right: np.argmax returns the first of equal maxima, and an empty peak list gives None
before argmax is reached; np.asarray of a ListType[int64] is an int64 array (empty included),
and fancy indexing with it gives a new float64 array; a typed List made in compiled code and
returned to Python is the same ListType[int64] as one made in Python; an eagerly compiled
is_tall is one dispatcher like a lazily compiled one.
"""

import numba
import numpy as np


@numba.njit
def highest_peak(arr):
    indices, heights = peak_summary(arr)
    if len(indices) == 0:
        return None
    j = np.argmax(heights)
    return indices[j], heights[j]


@numba.njit
def peak_summary(arr):
    indices = peak_indices(arr)  # noqa: F821 - defined in the reference kata.py
    return indices, arr[np.asarray(indices)]


@numba.njit
def _empty_int64_list():
    return numba.typed.List.empty_list(numba.types.int64)


def peaks_of_chunks(chunks):
    found = _empty_int64_list()
    offset = 0
    for chunk in chunks:
        add_peaks(found, chunk, offset)  # noqa: F821 - defined in the reference kata.py
        offset += chunk.shape[0]
    return found


@numba.njit("boolean(float64)")
def is_tall(height):
    return height > 1.0
