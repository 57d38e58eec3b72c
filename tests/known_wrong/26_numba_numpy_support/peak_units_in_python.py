"""Gives up on numba for this one: NumPy's `units.max(axis=0)` in a plain Python function.
The numbers are right, but nothing is compiled, and the compiled code that would call
peak_units cannot."""

CAUGHT_BY = ("test_peak_units_stays_compiled_in_nopython_mode",)


def peak_units(units):
    return units.max(axis=0)
