"""Right answers from plain Python: the @numba.njit decorator was dropped."""

CAUGHT_BY = ("test_accumulate_numba_stays_compiled_in_nopython_mode",)


def accumulate_numba(arr, do_sum):
    if do_sum:
        return arr.sum()
    return arr.prod()
