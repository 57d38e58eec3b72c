"""Makes the typed dict once, at import, and clears and refills it on every call.

Plausible: building a typed dict from Python is slow, so "allocate once, reuse". Every sum is
right. Wrong: every call returns the same object, so the dict a caller got earlier silently
changes into the next caller's items.
"""

CAUGHT_BY = ("test_to_typed_dict_returns_a_new_dict_each_call",)

import numba  # noqa: E402

_SHARED = numba.typed.Dict.empty(key_type=numba.types.unicode_type, value_type=numba.types.float64)


def to_typed_dict(d):
    _SHARED.clear()
    for key, value in d.items():
        _SHARED[key] = value
    return _SHARED
