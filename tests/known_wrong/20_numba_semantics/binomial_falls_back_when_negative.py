"""Exact int64 arithmetic until it overflows, detected by the product turning negative, then
floats for the remaining factors. A wrap-around modulo 2**64 is as likely to land on a positive
number as on a negative one: then the overflow goes unnoticed and the answer is garbage."""

CAUGHT_BY = ("test_binomial_examples", "test_binomial_matches_math_comb")

import numba  # noqa: E402


@numba.njit
def binomial(n, k):
    k = min(k, n - k)
    exact = 1
    for i in range(1, k + 1):
        step = exact * (n - k + i)
        if step < 0:  # wrapped around: finish in floats
            result = float(exact)
            for j in range(i, k + 1):
                result = result * (n - k + j) / j
            return result
        exact = step // i
    return float(exact)
