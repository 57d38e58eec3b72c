import numba


def accumulate_numba(arr, do_sum:
    return arr.sum()
