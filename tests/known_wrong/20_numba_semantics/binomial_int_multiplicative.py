"""binomial as the textbook multiplicative formula in integers, r = r * (n - k + i) // i, then
float(r): exact while every intermediate product fits an int64, so the small examples pass, but
C(62, 28) already wraps around (to a negative number) and everything larger is garbage."""

CAUGHT_BY = ("test_binomial_examples", "test_binomial_matches_math_comb")

import numba  # noqa: E402


@numba.njit
def binomial(n, k):
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return float(result)
