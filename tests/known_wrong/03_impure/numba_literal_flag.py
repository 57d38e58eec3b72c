"""numba.literally(do_sum): the numba twin of static_argnames, one compiled version per value.

Plausible: kata 03 allows static_argnames for JAX, and literally gives numba the same
constant-folded branch. Wrong for numba here: the Rules ask for one compiled version for both
values, which a plain bool argument already gives; this compiles a second one.
"""

CAUGHT_BY = ("test_accumulate_numba_compiles_once_whatever_the_flag",)

import numba  # noqa: E402


@numba.njit
def accumulate_numba(arr, do_sum):
    numba.literally(do_sum)
    if do_sum:
        return arr.sum()
    return arr.prod()
