"""The same typed dict by other names: numba.types.string (an alias of unicode_type) and
numba.float64, filled with MutableMapping.update; ints are cast to float64 as they are stored.
"""

import numba


def to_typed_dict(d):
    td = numba.typed.Dict.empty(key_type=numba.types.string, value_type=numba.float64)
    td.update(d)
    return td
