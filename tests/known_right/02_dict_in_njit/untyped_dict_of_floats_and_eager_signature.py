"""numba.typed.Dict() filled with float(value), Dict.empty only for {}; sum_typed_dict compiled
eagerly for its one signature.

Right: float(value) makes numba infer float64 values from the first item, the empty dict gets
its types from Dict.empty, so every dict is DictType(unicode_type, float64); the explicit
signature compiles that one version at import and never another.
"""

import numba

STR_TO_FLOAT = numba.types.DictType(numba.types.unicode_type, numba.types.float64)


def to_typed_dict(d):
    if not d:
        return numba.typed.Dict.empty(numba.types.unicode_type, numba.types.float64)
    td = numba.typed.Dict()
    for key, value in d.items():
        td[key] = float(value)
    return td


@numba.njit(numba.float64(STR_TO_FLOAT))
def sum_typed_dict(td):
    total = 0.0
    for v in td.values():
        total += v
    return total
