"""Types the list up front, as the lesson says, but as int32 ("indices are small"): a typed
List, always typed, and holding the right indices, but of type ListType[int32], which is not the
ListType[int64] the rules ask for (and every index is cast on the way in)."""

CAUGHT_BY = (
    "test_peak_indices_returns_a_typed_list_of_int64",
    "test_peak_summary_returns_indices_and_heights",
)

import numba  # noqa: E402


@numba.njit
def peak_indices(arr):
    found = numba.typed.List.empty_list(numba.types.int32)
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1]:
            found.append(i)
    return found
