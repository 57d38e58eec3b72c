"""Writes the peak test as "higher than the larger neighbour", arr[i] > max(arr[i - 1],
arr[i + 1]). The same for every number, but not for nan: max(x, nan) is x, so an element next to
a nan can count as a peak, where arr[i] > nan is False and the rules say it never is."""

CAUGHT_BY = ("test_peak_indices_examples", "test_peak_indices_on_any_signal")

import numba  # noqa: E402


@numba.njit
def peak_indices(arr):
    found = numba.typed.List.empty_list(numba.types.int64)
    for i in range(1, arr.shape[0] - 1):
        if arr[i] > max(arr[i - 1], arr[i + 1]):
            found.append(i)
    return found
