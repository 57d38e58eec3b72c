"""peak_indices with an untyped numba.typed.List() created inside @numba.njit, peak_summary
building the heights from a list comprehension, peaks_of_chunks filling one typed List per
chunk and extending the result, is_tall compiled from a lambda.

All right: inside compiled code numba infers the element type of List() from the append, when
it compiles, so the list is ListType[int64] even when nothing is ever appended at run time (a
Python-side List() would stay untyped); np.array of a list of float64 is a float64 array, empty
included; every add_peaks call gets a ListType[int64], a float64 array and an int; and
numba.njit(lambda ...) at import is one dispatcher, one numba type.
"""

import numba
import numpy as np


@numba.njit
def peak_indices(arr):
    found = numba.typed.List()
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1]:
            found.append(i)
    return found


@numba.njit
def peak_summary(arr):
    indices = peak_indices(arr)
    heights = np.array([arr[i] for i in indices], dtype=np.float64)
    return indices, heights


def peaks_of_chunks(chunks):
    found = numba.typed.List.empty_list(numba.types.int64)
    offset = 0
    for chunk in chunks:
        part = numba.typed.List.empty_list(numba.types.int64)
        add_peaks(part, chunk, offset)  # noqa: F821 - defined in the reference kata.py
        found.extend(part)
        offset += len(chunk)
    return found


is_tall = numba.njit(lambda height: height > 1.0)
