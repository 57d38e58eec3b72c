"""Makes peak_indices compile by dropping the early `return []`: the one list that is returned
gets its type from the append. It compiles and holds the right indices, but it is a list built
in nopython mode and handed back as a plain Python list, not a numba.typed.List."""

CAUGHT_BY = (
    "test_peak_indices_returns_a_typed_list_of_int64",
    "test_peak_summary_returns_indices_and_heights",
)

import numba  # noqa: E402


@numba.njit
def peak_indices(arr):
    found = []
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1]:
            found.append(i)
    return found
