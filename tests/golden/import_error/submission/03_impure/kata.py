import numba_but_faster  # noqa: F401
