"""Kata 19 · One concrete type for every value: numba's typing rules (covers N04, N05, N06, N07,
N21).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/19_numba_typing` passes.
Stuck? `sharpbits hint 19` gives a hint (ask again for the next).
"""

import numba
import numpy as np

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


@numba.njit
def one_or_tuple(x):
    """A tuple on one branch, an int on the other."""
    return (1,) if x > 10 else 1


@numba.njit
def none_or_value(x):
    """None on one branch, x on the other."""
    return None if x > 10 else x


@numba.njit
def empty_list_and_value(x):
    """An empty list (nothing is ever put in it) and x."""
    tmp = []
    return tmp, x


@numba.njit
def append_to(lst, x):
    """Append x to the list argument lst; return its new length."""
    lst.append(x)
    return len(lst)


@numba.njit
def mixed_list():
    """A list literal holding an int and a str."""
    return [1, "a"]


def py_square(x):
    """A plain Python function: numba never compiled it."""
    return x * x


@numba.njit
def apply(f, x):
    """f(x), with the function f passed as an argument."""
    return f(x)


@numba.njit
def apply_global_square(x):
    """py_square(x), with py_square read as a global."""
    return py_square(x)


# one_or_tuple(3)                 ->  TypingError (Can't unify return type)
# none_or_value(3), (30)          ->  3, None (the return type is Optional(int64))
# empty_list_and_value(1.0)       ->  TypingError (imprecise type: list(undefined))
# append_to([1.0, 2.0], 3.0)      ->  3, with a NumbaPendingDeprecationWarning (reflected list)
# append_to([[1.0]], [2.0])       ->  TypeError;  append_to([], 1.0)  ->  ValueError
# append_to([1, 2.5], 3)          ->  TypeError
# mixed_list()                    ->  TypeError (from deep inside numba)
# apply(py_square, 3.0)           ->  TypingError (non-precise type pyobject)
# apply_global_square(3.0)        ->  TypingError (Untyped global name 'py_square')


# --- YOUR CODE -------------------------------------------------------------------------------
# A small peak finder. A peak is an element strictly higher than both of its neighbours: the
# first and the last element never are. Every function below trips over one of the rules
# above: numba needs ONE concrete type for every value, known when it compiles. Find which
# value has no type (or two), and give it one. The rules are in README.md.


@numba.njit
def peak_indices(arr):
    """The indices i with arr[i - 1] < arr[i] > arr[i + 1], as a numba.typed.List of int64."""
    if arr.shape[0] < 3:
        return []  # too short to have a peak
    found = []
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1]:
            found.append(i)
    return found


@numba.njit
def highest_peak(arr):
    """(index, height) of the highest peak, the first of equal ones; None if there is none."""
    best = -1
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1] and (best < 0 or arr[i] > arr[best]):
            best = i
    if best < 0:
        return -1
    return best, arr[best]


@numba.njit
def peak_summary(arr):
    """(indices, heights): peak_indices(arr), and a float64 array of arr at those indices."""
    indices = peak_indices(arr)
    heights = np.empty(len(indices))
    for k in range(len(indices)):
        heights[k] = arr[indices[k]]
    return [indices, heights]


@numba.njit
def add_peaks(found, chunk, offset):
    """Append offset + i to the list found for every peak i of chunk."""
    for i in range(1, chunk.shape[0] - 1):
        if chunk[i - 1] < chunk[i] > chunk[i + 1]:
            found.append(offset + i)


def peaks_of_chunks(chunks):
    """The peaks of a signal that arrives as a list of chunks (1-D float64 arrays), each found
    inside its chunk by add_peaks, as indices into the whole signal: a numba.typed.List of
    int64."""
    found = []
    offset = 0
    for chunk in chunks:
        add_peaks(found, chunk, offset)
        offset += chunk.shape[0]
    return found


def is_tall(height):
    """True for a peak height above 1.0."""
    return height > 1.0


@numba.njit
def count_peaks_where(arr, keep):
    """How many peaks i of arr have keep(arr[i]) true."""
    n = 0
    for i in range(1, arr.shape[0] - 1):
        if arr[i - 1] < arr[i] > arr[i + 1] and keep(arr[i]):
            n += 1
    return n


@numba.njit
def count_tall_peaks(arr):
    """How many peaks of arr are is_tall."""
    return count_peaks_where(arr, is_tall)
