"""Builds the typed dict inside compiled code, from a typed list of the keys and a float64 array
of the values, and sums with NumPy on an array of the values (numba compiles both).

Right: the dict an @njit function returns comes back to Python as a numba.typed.Dict of type
DictType(unicode_type, float64), the empty one included, and np.sum of an empty float64 array
is 0.0.
"""

import numba
import numpy as np


@numba.njit
def _build(keys, values):
    td = numba.typed.Dict.empty(key_type=numba.types.unicode_type, value_type=numba.types.float64)
    for i in range(len(keys)):
        td[keys[i]] = values[i]
    return td


def to_typed_dict(d):
    keys = numba.typed.List.empty_list(numba.types.unicode_type)
    for key in d:
        keys.append(key)
    values = np.array([float(v) for v in d.values()], dtype=np.float64)
    return _build(keys, values)


@numba.njit
def sum_typed_dict(td):
    values = np.empty(len(td))
    for i, v in enumerate(td.values()):
        values[i] = v
    return np.sum(values)
