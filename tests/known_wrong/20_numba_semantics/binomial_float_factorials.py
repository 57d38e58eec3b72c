"""Moves the factorials to floats: n! / (k! (n-k)!) with float64 products. No wraparound and
right up to n = 170, but 171! overflows to inf, and inf / inf is nan for binomial(1000, 500)."""

CAUGHT_BY = ("test_binomial_examples", "test_binomial_matches_math_comb")

import numba  # noqa: E402


@numba.njit
def _float_factorial(n):
    result = 1.0
    for i in range(2, n + 1):
        result *= i
    return result


@numba.njit
def binomial(n, k):
    return _float_factorial(n) / (_float_factorial(k) * _float_factorial(n - k))
